import { BLANK_RESULT, CellError, CellResult } from "../cellValues";
import { forComparison } from "./inputs";
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

/** IKI.PREDIKAT over a range (spills). */
export function predikatMatrix(capaian: unknown[][]): CellResult[][] | CellError {
  return mapMatrix(capaian, "capaian", predikat);
}
