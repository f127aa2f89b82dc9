/**
 * "Tandai" colours the flagged cells and adds a note (ExcelApi 1.18) with the finding; "Hapus
 * tanda" puts back the fill each cell had and removes the notes it added. What was there is
 * kept in memory for the session (the shared runtime lives as long as the workbook is open).
 */
import { asCellText } from "../core/cellText";
import { Finding } from "../core/validate";
import { ExcelHost } from "./host";
import { UserFacingError } from "./officeErrors";

const COLOURS: Record<Finding["severity"], string> = {
  error: "#F4CCCC",
  warning: "#FFF2CC",
  info: "#CFE2F3",
};
/** Excel reports "no fill" as white. */
const NO_FILL = "#FFFFFF";

interface Saved {
  sheet: string;
  cell: string;
  fill: string;
  note: boolean;
}

export class FindingMarks {
  private saved = new Map<string, Saved>();

  get count(): number {
    return this.saved.size;
  }

  /** Colours each finding's cell (most severe colour wins) in two syncs. */
  mark(host: ExcelHost, findings: Finding[]): Promise<number> {
    const notes = host.isSetSupported("ExcelApi", "1.18");
    const order = { error: 0, warning: 1, info: 2 };
    const byCell = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = `${f.sheet}!${f.cell}`;
      byCell.set(key, [...(byCell.get(key) ?? []), f]);
    }
    return host.run(async (context) => {
      const fills: Array<{
        key: string;
        sheet: string;
        cell: string;
        range: Excel.Range;
        existing?: Excel.Note;
      }> = [];
      for (const [key, list] of byCell) {
        if (this.saved.has(key)) continue;
        const ws = context.workbook.worksheets.getItem(list[0].sheet);
        const range = ws.getRange(list[0].cell);
        range.format.fill.load("color");
        // A cell keeps the user's own note; ours is added only where there is none.
        const existing = notes ? ws.notes.getItemOrNullObject(list[0].cell) : undefined;
        existing?.load("isNullObject");
        fills.push({ key, sheet: list[0].sheet, cell: list[0].cell, range, existing });
      }
      await context.sync();
      for (const f of fills) {
        const list = byCell.get(f.key)!.sort((a, b) => order[a.severity] - order[b.severity]);
        const addNote = !!f.existing && f.existing.isNullObject;
        this.saved.set(f.key, {
          sheet: f.sheet,
          cell: f.cell,
          fill: f.range.format.fill.color,
          note: addNote,
        });
        f.range.format.fill.color = COLOURS[list[0].severity];
        if (addNote) {
          context.workbook.worksheets
            .getItem(f.sheet)
            .notes.add(f.cell, list.map((x) => `Asisten IKI: ${x.message}`).join("\n"));
        }
      }
      await context.sync();
      return fills.length;
    });
  }

  /** Restores every marked cell as it was, in one sync. */
  unmark(host: ExcelHost): Promise<number> {
    return host.run(async (context) => {
      const list = [...this.saved.values()];
      for (const s of list) {
        const sheet = context.workbook.worksheets.getItem(s.sheet);
        const range = sheet.getRange(s.cell);
        if (s.fill.toUpperCase() === NO_FILL) range.format.fill.clear();
        else range.format.fill.color = s.fill;
        if (s.note) sheet.notes.getItemOrNullObject(s.cell).delete();
      }
      await context.sync();
      this.saved.clear();
      return list.length;
    });
  }
}

/** A sheet named in a finding that is gone (renamed or deleted after "Periksa"). */
export class SheetGoneError extends UserFacingError {
  constructor(sheet: string) {
    super(
      `Lembar "${sheet}" tidak ada lagi di buku kerja (mungkin diganti nama atau dihapus setelah Periksa). Jalankan Periksa lagi.`,
      "ItemNotFound"
    );
  }
}

/** The sheet, or SheetGoneError: one sync to learn whether it still exists. */
async function sheetNamed(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
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
