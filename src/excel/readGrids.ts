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
  const formulas = (p.used.formulas as unknown[][]).map(formulaRow);
  const merges = [];
  if (p.merged && !p.merged.isNullObject) {
    const areas = p.merged.areas.items;
    for (const area of areas) for (const m of relative(area.address, origin)) merges.push(m);
  }
  return { sheet: name, origin, values, formulas, merges };
}

/** Rows per request when a sheet is too big for one response. */
const BLOCK_ROWS = 2000;

function tooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "RequestPayloadSizeLimitExceeded" || /payload size/i.test(e?.message ?? "");
}

/**
 * Fallback for sheets larger than Excel on the web's 5 MB response: the used range's size
 * first, then values and formulas in blocks of rows (more syncs, only in this case).
 */
async function readInBlocks(host: ExcelHost, name: string | undefined): Promise<Grid> {
  const merges = host.isSetSupported("ExcelApi", "1.13");
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = name ? sheets.getItem(name) : sheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const merged = merges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load("areaCount");
    await context.sync();
    if (used.isNullObject)
      return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], merges: [] };
    const rowCount = used.rowCount;
    const columnCount = used.columnCount;
    const values: GridValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let top = 0; top < rowCount; top += BLOCK_ROWS) {
      const rows = Math.min(BLOCK_ROWS, rowCount - top);
      const block = used.getCell(top, 0).getResizedRange(rows - 1, columnCount - 1);
      block.load("values,formulas");
      // One response per block is the point of this fallback.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const row of block.values as GridValue[][]) values.push(row);
      for (const row of block.formulas as unknown[][]) formulas.push(formulaRow(row));
    }
    const origin = { row: used.rowIndex, col: used.columnIndex };
    const found = [];
    if (merged && !merged.isNullObject) {
      merged.areas.load("items/address");
      await context.sync();
      const areas = merged.areas.items;
      for (const area of areas) for (const m of relative(area.address, origin)) found.push(m);
    }
    return { sheet: sheet.name, origin, values, formulas, merges: found };
  });
}

function formulaRow(row: unknown[]): (string | null)[] {
  return row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null));
}

function relative(address: string, origin: { row: number; col: number }) {
  const a = parseRange(address);
  return a
    ? [
        {
          top: a.top - origin.row,
          left: a.left - origin.col,
          bottom: a.bottom - origin.row,
          right: a.right - origin.col,
        },
      ]
    : [];
}

/** The active sheet, in two syncs (in blocks when it is too big for one response). */
export async function readActiveSheet(host: ExcelHost): Promise<Grid> {
  const merges = host.isSetSupported("ExcelApi", "1.13");
  try {
    return await host.run(async (context) => {
      const [grid] = await finish(context, [
        queue(context.workbook.worksheets.getActiveWorksheet(), merges),
      ]);
      return grid;
    });
  } catch (error) {
    if (!tooLarge(error)) throw error;
    return readInBlocks(host, undefined);
  }
}

/** Every sheet of the workbook, in three syncs (sheet by sheet in blocks when too big). */
export async function readWorkbook(host: ExcelHost): Promise<Grid[]> {
  const merges = host.isSetSupported("ExcelApi", "1.13");
  let names: string[] = [];
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const list = sheets.items;
      names = list.map((s) => s.name);
      return finish(
        context,
        list.map((s) => queue(s, merges))
      );
    });
  } catch (error) {
    if (!tooLarge(error) || names.length === 0) throw error;
    const grids: Grid[] = [];
    for (const name of names) grids.push(await readInBlocks(host, name));
    return grids;
  }
}
