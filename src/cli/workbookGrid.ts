/** Reads an .xlsx workbook into the core's grids (values, formula texts, merged areas). */
import ExcelJS from "exceljs";
import { Grid, GridValue, parseRange } from "../core/grid";
import { UnreadableFileError } from "./errors";
import { loadWorkbook, plainValue } from "./xlsxSheets";

/** Excel stores custom functions it could not resolve as _xldudf_IKI_PERSEN(...): read them as IKI.PERSEN. */
export function normaliseFormula(formula: string): string {
  return formula.replace(/_xldudf_([A-Za-z0-9]+)_([A-Za-z0-9_]+)\s*\(/g, "$1.$2(");
}

export function worksheetGrid(ws: ExcelJS.Worksheet): Grid {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: GridValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const lineValues: GridValue[] = [];
    const lineFormulas: (string | null)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      lineValues.push(plainValue(v));
      const f =
        v && typeof v === "object" && "formula" in v && typeof v.formula === "string"
          ? v.formula
          : null;
      lineFormulas.push(f ? `=${normaliseFormula(f)}` : null);
    }
    values.push(lineValues);
    formulas.push(lineFormulas);
  }
  const mergeList: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  const merges = mergeList.map(parseRange).filter((m): m is NonNullable<typeof m> => !!m);
  return { sheet: ws.name, origin: { row: 0, col: 0 }, values, formulas, merges };
}

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  const workbook = await loadWorkbook(file);
  const grids = workbook.worksheets.map(worksheetGrid);
  const empty = grids.every((g) =>
    g.values.every((row) => row.every((v) => v === null || String(v).trim() === ""))
  );
  if (empty) throw new UnreadableFileError(file, "buku kerja kosong: tidak ada sel yang berisi");
  return grids;
}
