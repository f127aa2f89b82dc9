/**
 * Reaching a finding's cell: select it, write it. Kept apart from the marks (markFindings.ts),
 * which load only when "Tandai" is used, so the pane's first screen carries less code.
 */
import type { XContext, XWorksheet } from "./officeApi";
import { asCellText } from "../core/cellText";
import { ExcelHost } from "./host";
import { UserFacingError } from "./officeErrors";

export class SheetGoneError extends UserFacingError {
  constructor(sheet: string) {
    super(
      `Lembar "${sheet}" tidak ada lagi di buku kerja (mungkin diganti nama atau dihapus setelah Periksa). Jalankan Periksa lagi.`,
      "ItemNotFound"
    );
  }
}

/** The sheet, or SheetGoneError: one sync to learn whether it still exists. */
async function sheetNamed(context: XContext, name: string): Promise<XWorksheet> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (ws.isNullObject) throw new SheetGoneError(name);
  return ws;
}

/** Selects a finding's cell (activating its sheet). */
export function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  return host.run(async (context) => {
    const ws = await sheetNamed(context, sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** Writes one value (a quick fix) as text: a catalogue text is never read as a formula. */
export function writeCell(
  host: ExcelHost,
  sheet: string,
  cell: string,
  value: string
): Promise<void> {
  return host.run(async (context) => {
    const ws = await sheetNamed(context, sheet);
    ws.getRange(cell).values = [[asCellText(value)]];
    await context.sync();
  });
}
