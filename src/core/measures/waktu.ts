import { BLANK_RESULT, CellError, CellResult, isBlank } from "../cellValues";
import { Katalog } from "../catalogue/katalog";
import { BatasWaktu, DokumenDesa } from "../catalogue/types";
import { DateOrBlank, excelSerial, parseDate } from "./dates";
import { describeValue, inputError, readNumber } from "./inputs";
import { at, broadcastShape, fillMatrix } from "./shape";

/**
 * Timeliness of village documents (IKI "Persentase desa yang menetapkan RKPDes/APBDes tepat
 * waktu", "... menyampaikan LPPDes tepat waktu"). The deadlines come from the catalogue entries'
 * `batasWaktu` (the catalogue is the authority; nothing is hard-coded here): in assessment year T,
 * RKPDesa and APBDesa for T+1 are due 30 September T and 31 December T, LPPDesa for T-1 is due
 * 31 March T.
 */

export const STATUS_TEPAT = "Tepat waktu";
export const STATUS_TERLAMBAT = "Terlambat";
export const STATUS_BELUM = "Belum ada";
export type StatusWaktu = typeof STATUS_TEPAT | typeof STATUS_TERLAMBAT | typeof STATUS_BELUM;

const DOKUMEN_TEXT = /^(RKP|APB|LPP)DESA?$/;

/** "RKPDes", "rkp desa", "APB-Desa", "LPPDESA" -> the catalogue code; undefined otherwise. */
export function readDokumen(text: string): DokumenDesa | undefined {
  const m = DOKUMEN_TEXT.exec(text.toUpperCase().replace(/[\s._-]+/g, ""));
  return m ? (`${m[1]}DES` as DokumenDesa) : undefined;
}

const deadlinesByKatalog = new WeakMap<Katalog, Map<DokumenDesa, BatasWaktu>>();

/** The catalogue's deadline rule per document, collected once per catalogue. */
export function deadlineRules(katalog: Katalog): Map<DokumenDesa, BatasWaktu> {
  let rules = deadlinesByKatalog.get(katalog);
  if (!rules) {
    rules = new Map();
    for (const e of katalog.entries) {
      if (e.batasWaktu && !rules.has(e.batasWaktu.dokumen)) {
        rules.set(e.batasWaktu.dokumen, e.batasWaktu);
      }
    }
    deadlinesByKatalog.set(katalog, rules);
  }
  return rules;
}

/** `tahun` as a whole year 1900-9999, null when blank. */
export function readTahun(value: unknown): number | null | CellError {
  const n = readNumber(value, "tahun");
  if (n === null || n instanceof CellError) return n;
  if (!Number.isInteger(n) || n < 1900 || n > 9999) {
    return new CellError(
      "#VALUE!",
      `tahun: ${describeValue(n)} bukan tahun (bilangan bulat 1900 sampai 9999).`
    );
  }
  return n;
}

/** Serial date of a document's deadline in assessment year `tahun`, from the catalogue. */
export function deadlineSerial(
  dokumen: DokumenDesa,
  tahun: number,
  katalog: Katalog
): number | CellError {
  const rule = deadlineRules(katalog).get(dokumen);
  if (!rule) {
    return new CellError("#N/A", `Katalog tidak memuat batas waktu ${dokumen}.`);
  }
  return excelSerial(tahun, rule.bulan, rule.tanggal);
}

/** IKI.BATASWAKTU for one pair of cells. */
export function batasWaktu(dokumen: unknown, tahun: unknown, katalog: Katalog): CellResult {
  const error = inputError(dokumen, "dokumen");
  if (error) return error;
  if (isBlank(dokumen as null)) return BLANK_RESULT;
  const code = typeof dokumen === "string" ? readDokumen(dokumen) : undefined;
  if (!code) {
    return new CellError(
      "#VALUE!",
      `dokumen: ${describeValue(dokumen)} tidak dikenal; tulis RKPDES, APBDES atau LPPDES.`
    );
  }
  const year = readTahun(tahun);
  if (year === null || year instanceof CellError) return year ?? BLANK_RESULT;
  return deadlineSerial(code, year, katalog);
}

/**
 * The deadline one `batas` cell stands for: a date (serial or text) or a document code, which
 * needs `tahun`. Blank gives null.
 */
export function resolveBatas(batas: unknown, tahun: unknown, katalog: Katalog): DateOrBlank {
  if (typeof batas === "string") {
    const code = readDokumen(batas);
    if (code) {
      const year = readTahun(tahun);
      if (year instanceof CellError) return year;
      if (year === null) {
        return new CellError(
          "#VALUE!",
          `batas ${code} memerlukan tahun penilaian, mis. =IKI.TEPATWAKTU(B2:B20; "${code}"; 2024).`
        );
      }
      return deadlineSerial(code, year, katalog);
    }
  }
  return parseDate(batas, "batas");
}

/** Status of one submission date against one deadline; "" when the deadline is blank. */
export function statusOf(tanggal: unknown, batas: DateOrBlank): StatusWaktu | "" | CellError {
  if (batas instanceof CellError) return batas;
  if (batas === null) return BLANK_RESULT;
  const date = parseDate(tanggal, "tanggal");
  if (date instanceof CellError) return date;
  if (date === null) return STATUS_BELUM;
  // Whole days: a time of day on the deadline day is still on time.
  return Math.floor(date) <= Math.floor(batas) ? STATUS_TEPAT : STATUS_TERLAMBAT;
}

interface Prepared {
  rows: number;
  cols: number;
  deadlines: DateOrBlank[][];
}

/** Shapes checked and every `batas` cell resolved once (a single cell once for the whole range). */
function prepare(
  tanggal: unknown[][],
  batas: unknown[][],
  tahun: unknown,
  katalog: Katalog
): Prepared | CellError {
  const size = broadcastShape([tanggal, batas], ["tanggal", "batas"]);
  if (size instanceof CellError) return size;
  const deadlines = batas.map((row) => row.map((b) => resolveBatas(b, tahun, katalog)));
  // One deadline for every cell: its error is the whole answer, not one error per cell.
  if (deadlines.length === 1 && deadlines[0].length === 1 && deadlines[0][0] instanceof CellError) {
    return deadlines[0][0];
  }
  return { rows: size[0], cols: size[1], deadlines };
}

/** IKI.STATUSWAKTU: per cell "Tepat waktu", "Terlambat", "Belum ada" (blank date) or an error. */
export function statusWaktuMatrix(
  tanggal: unknown[][],
  batas: unknown[][],
  tahun: unknown,
  katalog: Katalog
): CellResult[][] | CellError {
  const prepared = prepare(tanggal, batas, tahun, katalog);
  if (prepared instanceof CellError) return prepared;
  const { rows, cols, deadlines } = prepared;
  return fillMatrix(rows, cols, (r, c) => statusOf(at(tanggal, r, c), at(deadlines, r, c)));
}

/**
 * IKI.TEPATWAKTU: share (0-100) of the `tanggal` cells on or before the deadline. Every cell of
 * the range counts in the denominator (one cell per desa): a blank date is not on time, so an
 * all-blank range gives 0. A blank deadline gives a blank result; an unusable cell gives its
 * error, naming its row and column in the range.
 */
export function tepatWaktu(
  tanggal: unknown[][],
  batas: unknown[][],
  tahun: unknown,
  katalog: Katalog
): CellResult {
  const prepared = prepare(tanggal, batas, tahun, katalog);
  if (prepared instanceof CellError) return prepared;
  const { rows, cols, deadlines } = prepared;
  let onTime = 0;
  let blankDeadline = false;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const deadline = at(deadlines, r, c);
      const s = statusOf(at(tanggal, r, c), deadline);
      if (s instanceof CellError) {
        if (rows * cols === 1) return s;
        const place = `(baris ${r + 1}, kolom ${c + 1})`;
        return deadline instanceof CellError
          ? new CellError(s.code, `${place} ${s.message}`)
          : (parseDate(at(tanggal, r, c), `tanggal ${place}`) as CellError);
      }
      if (s === BLANK_RESULT) blankDeadline = true;
      else if (s === STATUS_TEPAT) onTime++;
    }
  }
  if (blankDeadline) return BLANK_RESULT;
  return (onTime / (rows * cols)) * 100;
}
