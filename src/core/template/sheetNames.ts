/**
 * Sheet names of the templates: Excel allows 31 characters. A long position name is shortened
 * with the abbreviations staff write themselves, one at a time and only as far as needed, then
 * at a word boundary, never inside a word; the year always stays whole at the end; a name taken
 * in the workbook gets a number before the year ("IKI Kasi Pem (2) 2026").
 */

/** Excel's limit on a sheet name. */
export const SHEET_NAME_MAX = 31;

/**
 * The abbreviations, in the order they are tried (data: one place to agree on them). Each is
 * applied only while the name is still too long; the longer phrases come before their parts.
 */
export const SINGKATAN_LEMBAR: ReadonlyArray<readonly [RegExp, string, string]> = [
  // [the long form as written, its abbreviation, the long form it stands for]
  [/\bKepala Sub Bagian\b/gi, "Kasubag", "Kepala Sub Bagian"],
  [/\bKepala Seksi\b/gi, "Kasi", "Kepala Seksi"],
  [/\bSekretaris (Kecamatan|Camat)\b/gi, "Sekcam", "Sekretaris Kecamatan"],
  [/\bSub Bag(ian)?\b/gi, "Subbag", "Sub Bagian"],
  [/\bPemerintahan\b/gi, "Pem", "Pemerintahan"],
  [/\bPemberdayaan Masyarakat\b/gi, "PM", "Pemberdayaan Masyarakat"],
  [/\bPengadministrasi\b/gi, "Pengadm", "Pengadministrasi"],
  [/\bKepegawaian\b/gi, "Kepeg", "Kepegawaian"],
  [/\bKeuangan\b/gi, "Keu", "Keuangan"],
  [/\bPelayanan\b/gi, "Pel", "Pelayanan"],
  [/\bSeksi\b/gi, "Sie", "Seksi"],
  [/\bKesejahteraan Sosial\b/gi, "Kesos", "Kesejahteraan Sosial"],
  [/\bKetenteraman dan Ketertiban Umum\b/gi, "Trantib", "Ketenteraman dan Ketertiban Umum"],
  [/\bPerencanaan\b/gi, "Renc", "Perencanaan"],
];

/**
 * A sheet name with the abbreviations above written out ("Kasi Pem" -> "Kasi Pemerintahan"), so
 * the readers recognise the position of a sheet the templates named.
 */
export function expandSheetAbbreviations(name: string): string {
  let out = name;
  for (const [pattern, long] of EXPANSIONS) out = out.replace(pattern, long);
  return out;
}

/** The abbreviations as patterns, built once (every checked table's sheet name is expanded). */
const EXPANSIONS: ReadonlyArray<[RegExp, string]> = SINGKATAN_LEMBAR.filter(
  // Kasi, Kasubag and Sekcam are names staff use themselves (the catalogue knows them).
  ([, short]) => !/^(Kasi|Kasubag|Sekcam)$/.test(short)
).map(([, short, long]) => [new RegExp(`\\b${short}\\b`, "g"), long]);

/** Characters Excel refuses in a sheet name, as spaces; runs of spaces as one. */
function clean(text: string): string {
  return text
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** `text` cut to at most `max` characters at a word boundary (a single long word is cut). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

/** `body` shortened with the abbreviations, then at a word, to fit `max` characters. */
export function shortenToFit(body: string, max: number): string {
  let name = clean(body);
  for (const [pattern, short] of SINGKATAN_LEMBAR) {
    if (name.length <= max) break;
    name = name.replace(pattern, short);
  }
  return cutAtWord(name, max);
}

/** "IKI Kasi Pemerintahan 2025": prefix and name shortened as needed, the year kept whole. */
export function templateSheetName(body: string, tahun: number): string {
  const year = ` ${tahun}`;
  return `${shortenToFit(body, SHEET_NAME_MAX - year.length)}${year}`;
}

/**
 * `wanted`, or when a sheet of that name exists (Excel compares names without case), the same
 * with " (2)", " (3)" ... before a trailing year, shortened to stay within 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const m = /^(.*?)( \d{4})?$/.exec(wanted)!;
  const [body, year = ""] = [m[1], m[2]];
  for (let i = 2; ; i++) {
    const tail = ` (${i})${year}`;
    const candidate = `${shortenToFit(body, SHEET_NAME_MAX - tail.length)}${tail}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
