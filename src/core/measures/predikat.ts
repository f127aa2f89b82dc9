import { BLANK_RESULT, CellError, CellResult } from "../cellValues";
import { describeValue, forComparison, readNumber } from "./inputs";
import { readPoints } from "./capaian";
import { mapMatrix } from "./shape";

/**
 * Predikat of a capaian (%) on the five-band scale of LKjIP / evaluasi RKPD-Renja (shared notes,
 * section 4.4). The printed bands leave gaps (90-91, 75-76, ...), so the bounds are half-open:
 * >= 91 Sangat Tinggi, >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah, below Sangat Rendah. Above 100
 * stays Sangat Tinggi; negative capaian is Sangat Rendah.
 */
export function predikat(value: unknown): CellResult {
  // "87,10 %" as text is 87,10 points (not 0,871); a number is used as it is, with no guess.
  const n = typeof value === "number" ? value : readPoints(value, "capaian");
  if (n === null) return BLANK_RESULT;
  if (n instanceof CellError) return n;
  if (!Number.isFinite(n)) return new CellError("#NUM!", "capaian: angka tidak terhingga.");
  const x = forComparison(n);
  if (x >= 91) return "Sangat Tinggi";
  if (x >= 76) return "Tinggi";
  if (x >= 66) return "Sedang";
  if (x >= 51) return "Rendah";
  return "Sangat Rendah";
}

/** One band of a scale from the sheet: from `ambang` (inclusive) upwards, `label`. */
export interface Band {
  ambang: number;
  label: string;
}

/**
 * A scale given as a range of two columns, one band per row: lower bound (inclusive) and label,
 * in any order, e.g. 110 | Sangat Baik; 90 | Baik; 70 | Cukup; 50 | Kurang; 0 | Sangat Kurang.
 * Blank rows are skipped.
 */
export function readScale(skala: unknown[][]): Band[] | CellError {
  const bands: Band[] = [];
  for (let r = 0; r < skala.length; r++) {
    const row = skala[r];
    if (row.length < 2)
      return new CellError(
        "#VALUE!",
        "skala: pilih dua kolom, ambang bawah dan predikatnya, satu baris per predikat."
      );
    const [a, l] = row;
    if ((a === null || a === "") && (l === null || l === "")) continue;
    const ambang = readNumber(a, `skala (baris ${r + 1})`);
    if (ambang === null || ambang instanceof CellError)
      return ambang ?? new CellError("#VALUE!", `skala (baris ${r + 1}): ambang kosong.`);
    if (typeof l !== "string" || l.trim() === "")
      return new CellError(
        "#VALUE!",
        `skala (baris ${r + 1}): predikat untuk ambang ${describeValue(ambang)} kosong.`
      );
    bands.push({ ambang, label: l.trim() });
  }
  if (bands.length === 0)
    return new CellError("#VALUE!", "skala: tidak ada baris ambang dan predikat.");
  return bands.sort((x, y) => y.ambang - x.ambang);
}

/** The predicate of `value` on a scale from the sheet: the band with the highest bound <= it. */
export function predikatOn(value: unknown, bands: Band[]): CellResult {
  const n = typeof value === "number" ? value : readPoints(value, "capaian");
  if (n === null) return BLANK_RESULT;
  if (n instanceof CellError) return n;
  const x = forComparison(n);
  for (const b of bands) if (x >= forComparison(b.ambang)) return b.label;
  return new CellError(
    "#N/A",
    `capaian ${describeValue(n)} di bawah ambang terendah skala (${describeValue(bands[bands.length - 1].ambang)}).`
  );
}

/** IKI.PREDIKAT over a range (spills), on the default scale or on one from the sheet. */
export function predikatMatrix(
  capaian: unknown[][],
  skala?: unknown[][] | null
): CellResult[][] | CellError {
  const isBlankScale = !skala || skala.every((row) => row.every((v) => v === null || v === ""));
  if (isBlankScale) return mapMatrix(capaian, "capaian", predikat);
  const bands = readScale(skala);
  if (bands instanceof CellError) return bands;
  return mapMatrix(capaian, "capaian", (v) => predikatOn(v, bands));
}
