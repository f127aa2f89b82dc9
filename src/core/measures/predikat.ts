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
  return predikatOn(n, SKALA_PREDIKAT["86/2017"].bands);
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
  if (!Number.isFinite(n)) return new CellError("#NUM!", "capaian: angka tidak terhingga.");
  const x = forComparison(n);
  for (const b of bands) if (x >= forComparison(b.ambang)) return b.label;
  return new CellError(
    "#N/A",
    `capaian ${describeValue(n)} di bawah ambang terendah skala (${describeValue(bands[bands.length - 1].ambang)}).`
  );
}

/**
 * Scales in force for these reports, by name (shared notes, section 4.4):
 * - "86/2017" (the default): Permendagri 86/2017 evaluasi RKPD/Renja and LKjIP, labels Tinggi.
 * - "baik": the same bounds with the labels many LKjIP print (LKjIP Inspektorat Kab. Sampang
 *   2019, Tabel 3.1): Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang.
 * - "30/2019": PP 30/2019 Pasal 41(5), nilai kinerja PNS: Sangat Baik from 110 (the article also
 *   asks for a new idea or method, which a cell cannot show), Baik from 90, Cukup from 70,
 *   Kurang from 50, Sangat Kurang below.
 */
/** Permendagri 86/2017's bounds, which the "baik" scale shares with other labels. */
const BOUNDS_86_2017 = [91, 76, 66, 51, -Infinity];
const withBounds = (bounds: number[], labels: string[]): Band[] =>
  bounds.map((ambang, i) => ({ ambang, label: labels[i] }));

export const SKALA_PREDIKAT: Record<string, { nama: string; bands: Band[] }> = {
  "86/2017": {
    nama: "Permendagri 86/2017",
    bands: withBounds(BOUNDS_86_2017, [
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
    ]),
  },
  baik: {
    nama: "LKjIP (Sangat Baik sampai Sangat Kurang)",
    bands: withBounds(BOUNDS_86_2017, ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]),
  },
  "30/2019": {
    nama: "PP 30/2019 Pasal 41",
    bands: withBounds(
      [110, 90, 70, 50, -Infinity],
      ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
    ),
  },
};

/** The named scale a single text cell asks for ("2017", "86/2017", "baik", "30/2019", ...). */
export function namedScale(value: unknown): Band[] | CellError | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).toLowerCase().replace(/\s+/g, "");
  if (typeof value === "string" && /^-?[\d.,]+$/.test(text) && !/^(2017|2019)$/.test(text))
    return null;
  if (/^(2017|86\/2017|permendagri86\/2017|tinggi|sangattinggi)$/.test(text))
    return SKALA_PREDIKAT["86/2017"].bands;
  if (/^(baik|sangatbaik|lkjip)$/.test(text)) return SKALA_PREDIKAT.baik.bands;
  if (/^(2019|30\/2019|pp30\/2019)$/.test(text)) return SKALA_PREDIKAT["30/2019"].bands;
  return new CellError(
    "#VALUE!",
    `skala: ${describeValue(value)} tidak dikenal; kosongkan (Permendagri 86/2017), tulis "baik" (label Sangat Baik sampai Sangat Kurang), "30/2019" (PP 30/2019), atau pilih rentang dua kolom ambang dan predikat.`
  );
}

/**
 * IKI.PREDIKAT over a range (spills), on the default scale, a named one (one text cell, see
 * SKALA_PREDIKAT) or one from the sheet.
 */
export function predikatMatrix(
  capaian: unknown[][],
  skala?: unknown[][] | null
): CellResult[][] | CellError {
  const isBlankScale = !skala || skala.every((row) => row.every((v) => v === null || v === ""));
  if (isBlankScale) return mapMatrix(capaian, "capaian", predikat);
  if (skala.length === 1 && skala[0].length === 1) {
    const named = namedScale(skala[0][0]);
    if (named instanceof CellError) return named;
    if (named) return mapMatrix(capaian, "capaian", (v) => predikatOn(v, named));
  }
  const bands = readScale(skala);
  if (bands instanceof CellError) return bands;
  return mapMatrix(capaian, "capaian", (v) => predikatOn(v, bands));
}
