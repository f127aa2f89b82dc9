/**
 * Reads sheets into the core's grids (values, formulas, merged areas) in a fixed number of
 * context.sync() calls whatever the size: 2 for the active sheet, 3 for the whole workbook.
 */
import { Grid, GridValue, parseRange } from "../core/grid";
import { ExcelHost } from "./host";

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

function queue(sheet: Excel.Worksheet, mergesSupported: boolean): Pending {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,values,formulas");
  const merged = mergesSupported ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load("areaCount");
  return { sheet, used, merged };
}

async function finish(context: Excel.RequestContext, pending: Pending[]): Promise<Grid[]> {
  await context.sync();
  // Second round only for the merged areas that exist (a null object has no areas to load).
  const withMerges = pending.filter(
    (p) => p.merged && !p.used.isNullObject && !p.merged.isNullObject
  );
  for (const p of withMerges) p.merged!.areas.load("items/address");
  if (withMerges.length > 0) await context.sync();
  return pending.map((p) => toGrid(p));
}

function toGrid(p: Pending): Grid {
  const name = p.sheet.name;
  if (p.used.isNullObject)
    return { sheet: name, origin: { row: 0, col: 0 }, values: [], merges: [] };
  const origin = { row: p.used.rowIndex, col: p.used.columnIndex };
  const values = p.used.values as GridValue[][];
  const formulas = (p.used.formulas as unknown[][]).map((row) =>
    row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
  );
  const merges = [];
  if (p.merged && !p.merged.isNullObject) {
    const areas = p.merged.areas.items;
    for (const area of areas) {
      const address = area.address;
      const a = parseRange(address);
      if (a) {
        merges.push({
          top: a.top - origin.row,
          left: a.left - origin.col,
          bottom: a.bottom - origin.row,
          right: a.right - origin.col,
        });
      }
    }
  }
  return { sheet: name, origin, values, formulas, merges };
}

/** The active sheet, in two syncs. */
export function readActiveSheet(host: ExcelHost): Promise<Grid> {
  const merges = host.isSetSupported("ExcelApi", "1.13");
  return host.run(async (context) => {
    const [grid] = await finish(context, [
      queue(context.workbook.worksheets.getActiveWorksheet(), merges),
    ]);
    return grid;
  });
}

/** Every sheet of the workbook, in three syncs. */
export function readWorkbook(host: ExcelHost): Promise<Grid[]> {
  const merges = host.isSetSupported("ExcelApi", "1.13");
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const list = sheets.items;
    return finish(
      context,
      list.map((s) => queue(s, merges))
    );
  });
}
