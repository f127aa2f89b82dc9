/**
 * Reads sheets into the core's grids (values, where formulas stand, merged areas) in a fixed
 * number of context.sync() calls whatever the size: 2 for the active sheet, 3 for the whole
 * workbook. A sheet too large for one response (Excel on the web caps a response at 5 MB) is
 * read again in blocks sized by cells.
 */
import type { XContext, XRange, XRangeAreas, XWorksheet } from "./officeApi";
import { Grid, GridValue, MergedArea, parseRange } from "../core/grid";
import { ExcelHost } from "./host";

/**
 * Formula texts are not loaded: the core only asks where a formula stands (a prepared row of a
 * template whose results are still empty). Loading `formulas` beside `values` doubles a
 * response. Where ExcelApi 1.9 is missing, the formulas are loaded as before.
 */
interface Pending {
  sheet: XWorksheet;
  used: XRange;
  merged?: XRangeAreas;
  formulaCells?: XRangeAreas;
  loadsFormulas: boolean;
}

interface Support {
  merges: boolean;
  specialCells: boolean;
}

function support(host: ExcelHost): Support {
  return {
    merges: host.isSetSupported("ExcelApi", "1.13"),
    specialCells: host.isSetSupported("ExcelApi", "1.9"),
  };
}

function queue(sheet: XWorksheet, s: Support): Pending {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,values");
  if (!s.specialCells) used.load("formulas");
  // isNullObject is known after the sync without a load; the areas are loaded in a second round.
  const merged = s.merges ? used.getMergedAreasOrNullObject() : undefined;
  const formulaCells = s.specialCells ? used.getSpecialCellsOrNullObject("Formulas") : undefined;
  formulaCells?.load("address");
  return { sheet, used, merged, formulaCells, loadsFormulas: !s.specialCells };
}

/** The payload codes of Office.js (a request or a response over Excel on the web's limit). */
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/** A read Excel answered without its values (`values === null`): too large as well. */
class ValuesWithheld extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
}

/** Decided by the error's code; Office's messages are localized and not meant for matching. */
export function tooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_CODES.has(code);
}

async function finish(context: XContext, pending: Pending[]): Promise<Grid[]> {
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
  const values = p.used.values as GridValue[][] | null;
  if (values === null) throw new ValuesWithheld(name);
  const formulas = p.loadsFormulas
    ? (p.used.formulas as unknown[][]).map(formulaRow)
    : formulaMarks(p.formulaCells, origin);
  const merges: MergedArea[] = [];
  if (p.merged && !p.merged.isNullObject) {
    const areas = p.merged.areas.items;
    for (const area of areas) merges.push(...relative(area.address, origin));
  }
  return { sheet: name, origin, values, formulas, merges };
}

/**
 * Where formulas stand, from the address of the used range's formula cells
 * ("Lembar!E7:E30,Lembar!G7"): "=" in each such cell of a sparse table.
 */
function formulaMarks(
  cells: XRangeAreas | undefined,
  origin: { row: number; col: number }
): (string | null)[][] {
  const marks: (string | null)[][] = [];
  if (!cells || cells.isNullObject) return marks;
  for (const area of addresses(cells.address)) {
    for (const m of relative(area, origin))
      for (let r = m.top; r <= m.bottom; r++) {
        const row = (marks[r] ??= []);
        for (let c = m.left; c <= m.right; c++) row[c] = "=";
      }
  }
  return marks;
}

/** The areas of a RangeAreas address, without their sheet names (which may hold commas). */
function addresses(list: string): string[] {
  return list
    .replace(/'(?:[^']|'')*'!|[^,'!]+!/g, "")
    .split(",")
    .filter((a) => a !== "");
}

/** Cells per block when a sheet is too big for one response; halved while a block still is. */
const BLOCK_CELLS = 50_000;

/**
 * Fallback for sheets larger than one response: the used range's size first, then the values
 * in blocks of rows of at most BLOCK_CELLS cells, each halved again while Excel still refuses it
 * (more syncs, only in this case).
 */
async function readInBlocks(host: ExcelHost, name: string | undefined): Promise<Grid> {
  const s = support(host);
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = name ? sheets.getItem(name) : sheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const merged = s.merges ? used.getMergedAreasOrNullObject() : undefined;
    const formulaCells = s.specialCells ? used.getSpecialCellsOrNullObject("Formulas") : undefined;
    formulaCells?.load("address");
    await context.sync();
    if (used.isNullObject)
      return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], merges: [] };
    const rowCount = used.rowCount;
    const columnCount = used.columnCount;
    const origin = { row: used.rowIndex, col: used.columnIndex };
    const values: GridValue[][] = [];
    const formulas: (string | null)[][] = s.specialCells ? formulaMarks(formulaCells, origin) : [];
    let rows = Math.max(1, Math.floor(BLOCK_CELLS / columnCount));
    for (let top = 0; top < rowCount;) {
      const count = Math.min(rows, rowCount - top);
      const block = used.getCell(top, 0).getResizedRange(count - 1, columnCount - 1);
      block.load("values");
      if (!s.specialCells) block.load("formulas");
      try {
        // One response per block is the point of this fallback.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        if (block.values === null) throw new ValuesWithheld(sheet.name);
      } catch (error) {
        if (!tooLarge(error) || count === 1) throw error;
        rows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      for (const row of block.values as GridValue[][]) values.push(row);
      if (!s.specialCells)
        for (const row of block.formulas as unknown[][]) formulas.push(formulaRow(row));
      top += count;
    }
    const found: MergedArea[] = [];
    if (merged && !merged.isNullObject) {
      merged.areas.load("items/address");
      await context.sync();
      for (const area of merged.areas.items) found.push(...relative(area.address, origin));
    }
    return { sheet: sheet.name, origin, values, formulas, merges: found };
  });
}

function formulaRow(row: unknown[]): (string | null)[] {
  return row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null));
}

function relative(address: string, origin: { row: number; col: number }): MergedArea[] {
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
  const s = support(host);
  try {
    return await host.run(async (context) => {
      const [grid] = await finish(context, [
        queue(context.workbook.worksheets.getActiveWorksheet(), s),
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
  const s = support(host);
  let names: string[] = [];
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const list = sheets.items;
      names = list.map((sheet) => sheet.name);
      return finish(
        context,
        list.map((sheet) => queue(sheet, s))
      );
    });
  } catch (error) {
    if (!tooLarge(error) || names.length === 0) throw error;
    const grids: Grid[] = [];
    for (const name of names) grids.push(await readInBlocks(host, name));
    return grids;
  }
}
