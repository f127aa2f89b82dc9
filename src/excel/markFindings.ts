/**
 * "Tandai" colours the flagged cells and adds a note (ExcelApi 1.18) with the finding; "Hapus
 * tanda" puts back the fill each cell had and removes the notes it added.
 *
 * What was there is stored in the workbook itself, in a custom XML part (ExcelApi 1.5), so the
 * marks can be removed after a panel switch, a closed pane, a reload of the add-in or the file
 * closed and opened again, by anyone who opens it. Without ExcelApi 1.5 it is kept in memory
 * for as long as the workbook stays open (the shared runtime lives that long).
 *
 * A cell the user changed since it was marked keeps the user's change: its fill is restored only
 * while it is still the mark's colour, and the note is removed only while it still says what the
 * add-in wrote.
 */
import type { XContext, XCustomXmlPartScopedCollection, XNote, XRange } from "./officeApi";
import { Finding } from "../core/validate";
import { ExcelHost } from "./host";
import { queuePartsOf, queueReplace, readPart, wrapText, xmlPartsSupported } from "./xmlParts";

const COLOURS: Record<Finding["severity"], string> = {
  error: "#F4CCCC",
  warning: "#FFF2CC",
  info: "#CFE2F3",
};
/** Excel reports "no fill" as white. */
const NO_FILL = "#FFFFFF";

export const MARKS_NAMESPACE = "https://asisten-iki.lumajangkab.go.id/tanda/1";

/** One marked cell: what it had, and what the mark put there. */
export interface SavedMark {
  sheet: string;
  cell: string;
  /** The fill before the mark. */
  fill: string;
  /** The colour of the mark. */
  mark: string;
  /** The note the add-in added (none when the cell had one of its own, or without notes). */
  note?: string;
}

/** What "Hapus tanda" did. */
export interface UnmarkResult {
  /** Cells put back as they were. */
  restored: number;
  /** Cells the user had changed since (fill or note): left as the user made them. */
  kept: number;
  /** Marked cells on sheets that are gone (renamed or deleted). */
  gone: number;
}

/** The marks stored in a part's text; [] for anything unreadable (an old or damaged part). */
export function unwrapMarks(json: string | undefined): SavedMark[] {
  try {
    const list: unknown = JSON.parse(json ?? "");
    if (!Array.isArray(list)) return [];
    return list.filter(
      (m): m is SavedMark =>
        !!m &&
        typeof m.sheet === "string" &&
        typeof m.cell === "string" &&
        typeof m.fill === "string" &&
        typeof m.mark === "string" &&
        (m.note === undefined || typeof m.note === "string")
    );
  } catch {
    return [];
  }
}

const sameColour = (a: string | null | undefined, b: string) =>
  (a ?? NO_FILL).toUpperCase() === b.toUpperCase();

export class FindingMarks {
  private saved = new Map<string, SavedMark>();
  /** Whether the marks stored in the workbook were read (once per runtime). */
  private read = false;

  private stored(host: ExcelHost): boolean {
    return xmlPartsSupported(host);
  }

  /** The marks stored in the workbook, merged with those in memory (two syncs, once). */
  private async load(host: ExcelHost): Promise<void> {
    if (this.read) return;
    if (this.stored(host)) {
      for (const m of unwrapMarks(await readPart(host, MARKS_NAMESPACE))) {
        const key = `${m.sheet}!${m.cell}`;
        if (!this.saved.has(key)) this.saved.set(key, m);
      }
    }
    this.read = true;
  }

  /** Queues the replacement of the stored marks by those in memory (no sync of its own). */
  private queueStore(context: XContext, parts: XCustomXmlPartScopedCollection | undefined): void {
    if (!parts) return;
    const xml =
      this.saved.size > 0
        ? wrapText("tanda", MARKS_NAMESPACE, JSON.stringify([...this.saved.values()]))
        : undefined;
    queueReplace(context, parts, xml);
  }

  /** How many cells carry a mark, in memory or stored in the workbook. */
  async count(host: ExcelHost): Promise<number> {
    await this.load(host);
    return this.saved.size;
  }

  /** Colours each finding's cell (most severe colour wins) in two syncs (after the first read). */
  async mark(host: ExcelHost, findings: Finding[]): Promise<number> {
    await this.load(host);
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
        range: XRange;
        existing?: XNote;
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
      const parts = this.stored(host) ? queuePartsOf(context, MARKS_NAMESPACE) : undefined;
      await context.sync();
      for (const f of fills) {
        const list = byCell.get(f.key)!.sort((a, b) => order[a.severity] - order[b.severity]);
        const addNote = !!f.existing && f.existing.isNullObject;
        const mark = COLOURS[list[0].severity];
        const note = addNote ? list.map((x) => `Asisten IKI: ${x.message}`).join("\n") : undefined;
        const fill = f.range.format.fill.color;
        this.saved.set(f.key, {
          sheet: f.sheet,
          cell: f.cell,
          fill,
          mark,
          ...(note ? { note } : {}),
        });
        f.range.format.fill.color = mark;
        if (note) context.workbook.worksheets.getItem(f.sheet).notes.add(f.cell, note);
      }
      this.queueStore(context, parts);
      await context.sync();
      return fills.length;
    });
  }

  /**
   * Restores every marked cell as it was, in three syncs (after the first read): which sheets
   * still exist; the cells' fills and notes now; the changes and the stored marks removed.
   */
  async unmark(host: ExcelHost): Promise<UnmarkResult> {
    await this.load(host);
    const notes = host.isSetSupported("ExcelApi", "1.18");
    const list = [...this.saved.values()];
    return host.run(async (context) => {
      const names = [...new Set(list.map((m) => m.sheet))];
      const sheets = new Map(
        names.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)] as const)
      );
      const parts = this.stored(host) ? queuePartsOf(context, MARKS_NAMESPACE) : undefined;
      await context.sync();
      const now: Array<{ m: SavedMark; range: XRange; note?: XNote }> = [];
      let gone = 0;
      for (const m of list) {
        const ws = sheets.get(m.sheet)!;
        if (ws.isNullObject) {
          gone++;
          continue;
        }
        const range = ws.getRange(m.cell);
        range.format.fill.load("color");
        const note = notes && m.note ? ws.notes.getItemOrNullObject(m.cell) : undefined;
        note?.load("content");
        now.push({ m, range, note });
      }
      await context.sync();
      let restored = 0;
      let kept = 0;
      for (const { m, range, note } of now) {
        const fillIsOurs = sameColour(range.format.fill.color, m.mark);
        const noteIsOurs = !note || (!note.isNullObject && note.content === m.note);
        if (fillIsOurs) {
          if (sameColour(m.fill, NO_FILL)) range.format.fill.clear();
          else range.format.fill.color = m.fill;
        }
        if (note && noteIsOurs) note.delete();
        if (fillIsOurs && noteIsOurs) restored++;
        else kept++;
      }
      this.saved.clear();
      this.queueStore(context, parts);
      await context.sync();
      return { restored, kept, gone };
    });
  }
}

/** A sheet named in a finding that is gone (renamed or deleted after "Periksa"). */

export { SheetGoneError, selectCell, writeCell } from "./sheetAccess";
