import { CellError, CellResult } from "../cellValues";
import { readNumber } from "./inputs";

/**
 * IKI.RATARATA: the mean of every number given. Excel passes a repeating range parameter as one
 * array of 2-D ranges; a bare scalar, a single range or deeper nesting (a rest parameter) are
 * flattened the same way. Blanks are ignored; numeric text counts ("12,5"); other text, logical
 * values and error values are #VALUE! (or the error itself) naming the argument and cell, so a
 * stray header does not silently change the mean. No number at all gives #DIV/0!.
 */
export function rataRata(nilai: unknown): CellResult {
  const args = Array.isArray(nilai) ? nilai : [nilai];
  const acc = { sum: 0, count: 0 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const rows: unknown[] = Array.isArray(arg) ? arg : [arg];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const cells: unknown[] = Array.isArray(row) ? row : [row];
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (typeof v === "number" && Number.isFinite(v)) {
          acc.sum += v;
          acc.count++;
          continue;
        }
        const error = add(v, acc);
        if (error) {
          const single = args.length === 1 && rows.length === 1 && cells.length === 1;
          return single ? error : (located(v, i, r, c, args.length > 1) ?? error);
        }
      }
    }
  }
  if (acc.count === 0) return new CellError("#DIV/0!", "Tidak ada angka untuk dirata-ratakan.");
  const mean = acc.sum / acc.count;
  return Number.isFinite(mean)
    ? mean
    : new CellError("#NUM!", "Hasil di luar jangkauan angka Excel.");
}

/** Adds one value (or a nested array of them) to the running sum; returns an error if unusable. */
function add(v: unknown, acc: { sum: number; count: number }): CellError | undefined {
  if (Array.isArray(v)) {
    for (const inner of v) {
      const error = add(inner, acc);
      if (error) return error;
    }
    return undefined;
  }
  const n = readNumber(v, "nilai");
  if (n instanceof CellError) return n;
  if (n !== null) {
    acc.sum += n;
    acc.count++;
  }
  return undefined;
}

/** The same error, re-read with the cell's place in its name ("nilai ke-2, baris 3, kolom 1"). */
function located(
  v: unknown,
  i: number,
  r: number,
  c: number,
  many: boolean
): CellError | undefined {
  if (Array.isArray(v)) return undefined;
  const label = `nilai${many ? ` ke-${i + 1}` : ""} (baris ${r + 1}, kolom ${c + 1})`;
  const n = readNumber(v, label);
  return n instanceof CellError ? n : undefined;
}
