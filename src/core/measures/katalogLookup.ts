import { BLANK_RESULT, CellError, CellResult, isBlank } from "../cellValues";
import { Katalog } from "../catalogue/katalog";
import { Entri } from "../catalogue/types";
import { describeValue, inputError } from "./inputs";
import { mapMatrix } from "./shape";

/**
 * IKI.RUMUS and IKI.KATALOG: catalogue fields of the indicator that best matches a text, with the
 * typo-tolerant search of the catalogue (its index is built once per catalogue and shared). An
 * entry id ("iki-kec-desa-rkpdes-tepat-waktu") is found directly.
 */

const CACHE_LIMIT = 1000;
const cacheByKatalog = new WeakMap<Katalog, Map<string, Entri | null>>();

/** The entry for an indicator text, or null; memoised because Excel recalculates often. */
export function findEntri(text: string, katalog: Katalog): Entri | null {
  let cache = cacheByKatalog.get(katalog);
  if (!cache) {
    cache = new Map();
    cacheByKatalog.set(katalog, cache);
  }
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const found = katalog.entri(text.trim()) ?? katalog.best(text)?.entri ?? null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, found);
  return found;
}

/**
 * The formula to offer: the catalogue's correction when it has one that is a formula, else the
 * decreed formula. A correction written as a template ("(P1 + P2 + ... + Pk) / k") is guidance,
 * not a formula, so the decreed wording is given instead (the validator follows the same rule).
 */
export function rumusOf(entri: Entri): string {
  const koreksi = entri.rumusKoreksi;
  return koreksi && !/\.\.\.|…/.test(koreksi) ? koreksi : entri.rumus;
}

/** Reads the indikator cell: the entry, a blank result or an error. */
function lookUp(indikator: unknown, katalog: Katalog): Entri | CellError | typeof BLANK_RESULT {
  const error = inputError(indikator, "indikator");
  if (error) return error;
  if (isBlank(indikator as null)) return BLANK_RESULT;
  if (typeof indikator !== "string") {
    return new CellError(
      "#VALUE!",
      `indikator: ${describeValue(indikator)} bukan teks; tulis nama indikator.`
    );
  }
  return (
    findEntri(indikator, katalog) ??
    new CellError(
      "#N/A",
      `Indikator ${describeValue(indikator.trim(), 80)} tidak ditemukan di katalog.`
    )
  );
}

/** IKI.RUMUS for one cell. */
export function rumus(indikator: unknown, katalog: Katalog): CellResult {
  const entri = lookUp(indikator, katalog);
  return typeof entri === "object" && !(entri instanceof CellError) ? rumusOf(entri) : entri;
}

/** IKI.RUMUS over a range of indicator texts (spills). */
export function rumusMatrix(indikator: unknown[][], katalog: Katalog): CellResult[][] | CellError {
  return katalogMatrix(indikator, "rumus", katalog);
}

export type KolomKatalog =
  | "id"
  | "indikator"
  | "rumus"
  | "sasaran"
  | "satuan"
  | "jenis"
  | "polaritas"
  | "sumberData"
  | "penanggungJawab";

/**
 * Column names accepted by IKI.KATALOG (lower case, without spaces, "_" or "-"). A Map: the name
 * is the user's text, and "constructor" must be unknown, not Object's constructor.
 */
const KOLOM: ReadonlyMap<string, KolomKatalog> = new Map([
  ["id", "id"],
  ["indikator", "indikator"],
  ["rumus", "rumus"],
  ["sasaran", "sasaran"],
  ["satuan", "satuan"],
  ["jenis", "jenis"],
  ["polaritas", "polaritas"],
  ["sumber", "sumberData"],
  ["sumberdata", "sumberData"],
  ["pj", "penanggungJawab"],
  ["penanggungjawab", "penanggungJawab"],
]);

export const KOLOM_DEFAULT: KolomKatalog = "id";
const KOLOM_LIST =
  '"sumber", "pj", "sasaran", "satuan", "jenis", "polaritas", "id", "indikator", "rumus"';

/** The `kolom` cell: blank is "id"; unknown names are #VALUE! listing the valid ones. */
export function readKolom(value: unknown): KolomKatalog | CellError {
  const error = inputError(value, "kolom");
  if (error) return error;
  if (isBlank(value as null)) return KOLOM_DEFAULT;
  const key = typeof value === "string" ? value.toLowerCase().replace(/[\s_-]+/g, "") : "";
  return (
    KOLOM.get(key) ??
    new CellError("#VALUE!", `kolom ${describeValue(value)} tidak dikenal; pilih ${KOLOM_LIST}.`)
  );
}

function field(entri: Entri, kolom: KolomKatalog): string {
  return kolom === "rumus" ? rumusOf(entri) : entri[kolom];
}

/** IKI.KATALOG for one cell. */
export function katalogField(indikator: unknown, kolom: unknown, katalog: Katalog): CellResult {
  const k = readKolom(kolom);
  if (k instanceof CellError) return k;
  const entri = lookUp(indikator, katalog);
  return typeof entri === "object" && !(entri instanceof CellError) ? field(entri, k) : entri;
}

/** IKI.KATALOG over a range of indicator texts, one `kolom` for all (spills). */
export function katalogMatrix(
  indikator: unknown[][],
  kolom: unknown,
  katalog: Katalog
): CellResult[][] | CellError {
  const k = readKolom(kolom);
  if (k instanceof CellError) return k;
  return mapMatrix(indikator, "indikator", (v) => {
    const entri = lookUp(v, katalog);
    return typeof entri === "object" && !(entri instanceof CellError) ? field(entri, k) : entri;
  });
}
