/**
 * "Urungkan" for the pane's writes into cells (a quick fix, "Perbaiki semua", a catalogue row, a
 * function example): before writing, what each cell held is stored in the workbook itself, in a
 * custom XML part (ExcelApi 1.5) beside the marks of "Tandai", so the step can be undone after a
 * panel switch, a reload of the add-in or the file closed and opened again. Without ExcelApi 1.5
 * the steps live in memory while the workbook stays open.
 *
 * A cell the user changed since the write keeps the user's change: it is restored only while it
 * still holds what the add-in wrote (as with the marks).
 *
 * Excel's own Ctrl+Z covers these writes too: every API used here is outside Microsoft's list of
 * APIs without undo support (test/unit/excel/undoSafe.test.ts checks the adapters against that
 * list), and with ExcelApi 1.20 the read, the write and the journal are one undo group.
 */
import type { XContext, XCustomXmlPartScopedCollection, XRange } from "./officeApi";
import { ExcelHost } from "./host";
import { queuePartsOf, queueReplace, readPart, wrapText, xmlPartsSupported } from "./xmlParts";
import { asCellText } from "../core/cellText";

export const UNDO_NAMESPACE = "https://asisten-iki.lumajangkab.go.id/urungkan/1";
/** Steps kept; the oldest goes first. */
export const UNDO_LIMIT = 20;

/** What a cell held: its formula ("=..."), or its value (text, number, logical, empty). */
export type CellContent = { formula: string } | { value: string | number | boolean };

export interface UndoCell {
  sheet: string;
  cell: string;
  before: CellContent;
  /** What the add-in wrote, as Range.formulas reads it back (text without its apostrophe). */
  after: string | number | boolean;
}

export interface UndoStep {
  id: string;
  /** What the write was, in the user's words: "Isi Sumber Data dari katalog". */
  label: string;
  /** ISO time of the write. */
  at: string;
  cells: UndoCell[];
}

/** What "Urungkan" did. */
export interface UndoResult {
  label: string;
  restored: number;
  /** Cells the user changed since: left as the user made them. */
  kept: number;
  /** Cells on sheets that are gone. */
  gone: number;
}

/** One cell to write: its sheet, address and the formula or text (cellInput form) to write. */
export interface CellWrite {
  sheet: string;
  cell: string;
  /** As for Range.formulas: a formula, or text already passed through asCellText / cellInput. */
  input: string;
}

/** The steps stored in a part's text; [] for anything unreadable (an old or damaged part). */
export function unwrapSteps(json: string | undefined): UndoStep[] {
  try {
    const list: unknown = JSON.parse(json ?? "");
    if (!Array.isArray(list)) return [];
    return list.filter(
      (s): s is UndoStep =>
        !!s &&
        typeof s.id === "string" &&
        typeof s.label === "string" &&
        typeof s.at === "string" &&
        Array.isArray(s.cells) &&
        s.cells.every(
          (c: UndoCell) =>
            !!c &&
            typeof c.sheet === "string" &&
            typeof c.cell === "string" &&
            !!c.before &&
            typeof c.before === "object" &&
            ("formula" in c.before || "value" in c.before)
        )
    );
  } catch {
    return [];
  }
}

/** A cell's content from what Range.formulas and Range.values answer for it. */
export function contentOf(formula: unknown, value: unknown): CellContent {
  if (typeof formula === "string" && formula.startsWith("=")) return { formula };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  return { value: value == null ? "" : String(value) };
}

/**
 * What to write to put `content` back: the formula; a number or logical as it is; text with the
 * apostrophe whenever Excel would read it as anything but the same text (a formula, a number "001",
 * a date, a logical, a percentage).
 */
export function restoreInput(content: CellContent): string | number | boolean {
  if ("formula" in content) return content.formula;
  const v = content.value;
  if (typeof v !== "string" || v === "") return v;
  return /^[\s]*[-+]?[\d.,]|^(TRUE|FALSE|BENAR|SALAH)$/i.test(v) || /^\s/.test(v)
    ? `'${v}`
    : asCellText(v);
}

/** What a written input reads back as through Range.formulas. */
function readBack(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}

function sameContent(now: unknown, written: string | number | boolean): boolean {
  return String(now ?? "") === String(written);
}

/** Whether Excel.run can merge the syncs of one write into one undo group (ExcelApi 1.20). */
export function mergesUndo(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", "1.20");
}

export class UndoJournal {
  private steps: UndoStep[] = [];
  private read = false;
  private counter = 0;

  private stored(host: ExcelHost): boolean {
    return xmlPartsSupported(host);
  }

  private async load(host: ExcelHost): Promise<void> {
    if (this.read) return;
    if (this.stored(host)) this.steps = unwrapSteps(await readPart(host, UNDO_NAMESPACE));
    this.read = true;
  }

  private queueStore(context: XContext, parts: XCustomXmlPartScopedCollection | undefined): void {
    if (!parts) return;
    queueReplace(
      context,
      parts,
      this.steps.length
        ? wrapText("urungkan", UNDO_NAMESPACE, JSON.stringify(this.steps))
        : undefined
    );
  }

  /** The last step that can be undone, if any (label and time). */
  async last(host: ExcelHost): Promise<Pick<UndoStep, "label" | "at"> | undefined> {
    await this.load(host);
    const s = this.steps[this.steps.length - 1];
    return s && { label: s.label, at: s.at };
  }

  /**
   * Writes the cells and records what they held, in two syncs: the cells read (and the stored
   * steps), then the writes and the journal together. `keep(cell, content)` decides per cell
   * whether to write (e.g. only into empty cells); cells it refuses are left alone. Returns the
   * cells written.
   */
  async write(
    host: ExcelHost,
    label: string,
    writes: CellWrite[],
    keep: (w: CellWrite, now: CellContent) => boolean = () => true
  ): Promise<CellWrite[]> {
    await this.load(host);
    return host.run(
      async (context) => {
        const sheetNames = [...new Set(writes.map((w) => w.sheet))];
        const sheets = new Map(
          sheetNames.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)] as const)
        );
        const parts = this.stored(host) ? queuePartsOf(context, UNDO_NAMESPACE) : undefined;
        await context.sync();
        const ranges: Array<{ w: CellWrite; range: XRange }> = [];
        for (const w of writes) {
          const ws = sheets.get(w.sheet)!;
          if (ws.isNullObject) continue;
          const range = ws.getRange(w.cell);
          range.load("formulas,values");
          ranges.push({ w, range });
        }
        await context.sync();
        const cells: UndoCell[] = [];
        const done: CellWrite[] = [];
        for (const { w, range } of ranges) {
          const before = contentOf(range.formulas[0][0], range.values?.[0]?.[0]);
          if (!keep(w, before)) continue;
          range.formulas = [[w.input]];
          cells.push({ sheet: w.sheet, cell: w.cell, before, after: readBack(w.input) });
          done.push(w);
        }
        if (cells.length) {
          this.steps.push({
            id: `${Date.now().toString(36)}-${(this.counter++).toString(36)}`,
            label,
            at: new Date().toISOString(),
            cells,
          });
          this.steps = this.steps.slice(-UNDO_LIMIT);
          this.queueStore(context, parts);
        }
        await context.sync();
        return done;
      },
      { mergeUndoGroup: true }
    );
  }

  /** Undoes the last step, in three syncs: sheets, cells now, restores and journal. */
  async undo(host: ExcelHost): Promise<UndoResult | undefined> {
    await this.load(host);
    const step = this.steps[this.steps.length - 1];
    if (!step) return undefined;
    return host.run(
      async (context) => {
        const names = [...new Set(step.cells.map((c) => c.sheet))];
        const sheets = new Map(
          names.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)] as const)
        );
        const parts = this.stored(host) ? queuePartsOf(context, UNDO_NAMESPACE) : undefined;
        await context.sync();
        const now: Array<{ c: UndoCell; range: XRange }> = [];
        let gone = 0;
        for (const c of step.cells) {
          const ws = sheets.get(c.sheet)!;
          if (ws.isNullObject) {
            gone++;
            continue;
          }
          const range = ws.getRange(c.cell);
          range.load("formulas");
          now.push({ c, range });
        }
        await context.sync();
        let restored = 0;
        let kept = 0;
        for (const { c, range } of now) {
          if (sameContent(range.formulas[0][0], c.after)) {
            range.formulas = [[restoreInput(c.before)]];
            restored++;
          } else kept++;
        }
        this.steps = this.steps.filter((s) => s.id !== step.id);
        this.queueStore(context, parts);
        await context.sync();
        return { label: step.label, restored, kept, gone };
      },
      { mergeUndoGroup: true }
    );
  }
}
