/** Reads an .xlsx workbook into the core's grids (values, formula texts, merged areas). */
import { Grid } from "../core/grid";
import { compactGrid } from "../core/sparseGrid";
import { UnreadableFileError } from "./errors";
import { loadSparseWorkbook } from "./xlsxRead";

export { normaliseFormula } from "../core/xlsx/leanXlsx";

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  const sheets = await loadSparseWorkbook(file);
  const empty = sheets.every((s) =>
    s.cells.every((c) => c.value === null || String(c.value).trim() === "")
  );
  if (empty) throw new UnreadableFileError(file, "buku kerja kosong: tidak ada sel yang berisi");
  return sheets.map(compactGrid);
}
