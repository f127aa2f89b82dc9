/**
 * Normalises indicator wording so that the ways different kecamatans write the same indicator
 * meet: case, punctuation, accents, and the spelling variants found in the seed documents
 * (fasilitas/fasilitasi, Ketentraman/Ketenteraman, Presentase/Prosentase, ...).
 */
/** Spelling variants, word by word. */
const WORD_MAP: Record<string, string> = {
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
};
/** Two-word spellings of the village documents ("RKP Desa", "APB-Des"). */
const PAIR_MAP: Record<string, string> = {
  "rkp desa": "rkpdes",
  "rkp des": "rkpdes",
  "apb desa": "apbdes",
  "apb des": "apbdes",
  "lpp desa": "lppdes",
  "lpp des": "lppdes",
  "lppd desa": "lppdes",
  "lppd des": "lppdes",
};

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

function normalise(text: string): string {
  const tokens = text
    .replace(/<[^>]*>/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*%\s*/, "persentase ")
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? PAIR_MAP[`${tokens[i]} ${tokens[i + 1]}`] : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(WORD_MAP[tokens[i]] ?? tokens[i]);
  }
  return out.join(" ");
}
