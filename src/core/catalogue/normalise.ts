/**
 * Normalises indicator wording so that the ways different kecamatans write the same indicator
 * meet: case, punctuation, accents, and the spelling variants found in the seed documents
 * (fasilitas/fasilitasi, Ketentraman/Ketenteraman, Presentase/Prosentase, ...).
 */
function mapOf(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

/*
 * Maps, not object literals: the words come from cell text and catalogue files, and a word such
 * as "constructor" must stay itself rather than find Object's members.
 */
/** Spelling variants, word by word. */
const WORD_MAP: ReadonlyMap<string, string> = mapOf({
  presentase: "persentase",
  prosentase: "persentase",
  persentasi: "persentase",
  persentasse: "persentase",
  fasilitas: "fasilitasi",
  ketentraman: "ketenteraman",
  trantibum: "ketenteraman dan ketertiban umum",
  aktifitas: "aktivitas",
  efektifitas: "efektivitas",
  atlit: "atlet",
  resiko: "risiko",
  tepenuhinya: "terpenuhinya",
  jumlanh: "jumlah",
  jml: "jumlah",
  penyelenggaran: "penyelenggaraan",
  indek: "indeks",
  katagori: "kategori",
  rkpdesa: "rkpdes",
  apbdesa: "apbdes",
  lppdesa: "lppdes",
  bmd: "barang milik daerah",
  opd: "perangkat daerah",
  pd: "perangkat daerah",
});
/** Two-word spellings of the village documents ("RKP Desa", "APB-Des"). */
const PAIR_MAP: ReadonlyMap<string, string> = mapOf({
  "rkp desa": "rkpdes",
  "rkp des": "rkpdes",
  "apb desa": "apbdes",
  "apb des": "apbdes",
  "lpp desa": "lppdes",
  "lpp des": "lppdes",
  "lppd desa": "lppdes",
  "lppd des": "lppdes",
});

/** Recent results: the validator normalises the same cell texts over and over. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

export function normaliseText(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const result = normalise(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, result);
  return result;
}

/**
 * Replaces every "<...>" (an HTML tag) by `replacement`, as text.replace(/<[^>]*>/g, replacement)
 * does, in linear time: that pattern rescans the rest of the text from each "<" that is never
 * closed ("a < b < c ...").
 */
export function removeTags(text: string, replacement: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<", from);
    if (open < 0) break;
    const close = text.indexOf(">", open + 1);
    // No ">" after this "<": none after any later "<" either.
    if (close < 0) break;
    out += text.slice(from, open) + replacement;
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function normalise(text: string): string {
  const tokens = removeTags(text, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*%\s*/, "persentase ")
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? PAIR_MAP.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(WORD_MAP.get(tokens[i]) ?? tokens[i]);
  }
  return out.join(" ");
}
