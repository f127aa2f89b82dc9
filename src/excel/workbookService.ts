/**
 * Everything the task pane asks of the workbook, composed from the adapters. The pane receives
 * this object; it never calls Office.js itself.
 */
import { Grid, columnName, parseRange } from "../core/grid";
import type { TemplateModel } from "../core/template/templateModel";
import type { CascadeTree, Finding } from "../core/validate";
import type { PohonDrawn } from "./drawPohon";
import { ExcelHost } from "./host";
import { inIndonesian } from "./officeErrors";
import type { FindingMarks, UnmarkResult } from "./markFindings";
import { SheetGoneError, selectCell } from "./sheetAccess";
import type { CellWrite, UndoJournal, UndoResult } from "./undoJournal";
import { CellInput, asCellText, cellInput } from "../core/cellText";
import type { InsertResult, TemplateTarget } from "./writeTemplate";

// Loaded when first used (the pane's first screen needs neither the readers nor the writer).
const readers = () => import(/* webpackChunkName: "excel-baca" */ "./readGrids");
const writer = () => import(/* webpackChunkName: "excel-templat" */ "./writeTemplate");
const undoCode = () => import(/* webpackChunkName: "urungkan" */ "./undoJournal");
import {
  catalogueStorageSupported,
  loadCatalogue,
  removeCatalogue,
  saveCatalogue,
} from "./savedCatalogue";

export interface WorkbookService {
  insertTemplate(model: TemplateModel, target: TemplateTarget): Promise<InsertResult>;
  readGrids(scope: "lembar" | "buku"): Promise<Grid[]>;
  select(sheet: string, cell: string): Promise<void>;
  mark(findings: Finding[]): Promise<number>;
  /** Removes every mark (also those from an earlier session, stored in the workbook). */
  unmark(): Promise<UnmarkResult>;
  /** Cells carrying a mark, also those marked in an earlier session (stored in the workbook). */
  markedCount(): Promise<number>;
  /**
   * Writes one value (a quick fix) as text, recorded for "Urungkan" under `label`.
   */
  write(sheet: string, cell: string, value: string, label: string): Promise<void>;
  /**
   * Writes values (as text) into the cells that are still empty, as one step for "Urungkan";
   * cells filled meanwhile are left alone. Returns how many were written and how many skipped.
   */
  fillEmpty(
    cells: Array<{ sheet: string; cell: string; value: string }>,
    label: string
  ): Promise<{ written: number; skipped: number }>;
  /** The last write the pane can undo (stored in the workbook), if any. */
  lastUndo(): Promise<{ label: string; at: string } | undefined>;
  /** Undoes the last write; cells changed since keep the user's change. */
  undo(): Promise<UndoResult | undefined>;
  /**
   * Writes cells in a row from the selected cell rightwards, refusing to overwrite. Text is kept
   * as text (never read as a formula); `{ formula }` cells are the add-in's own formulas.
   */
  insertAtSelection(values: CellInput[], label: string): Promise<string>;
  /** The selected cell (the top left one of the selection): its sheet and address ("E5"). */
  selectedCell(): Promise<{ sheet: string; cell: string }>;
  /** As insertAtSelection, at a given cell (one the user saw in a preview). */
  insertAt(sheet: string, cell: string, values: CellInput[], label: string): Promise<string>;
  /** The catalogue saved in this workbook (JSON), if any and if the API allows. */
  savedCatalogue(): Promise<string | undefined>;
  /** Saves a catalogue into this workbook; false when Excel cannot (ExcelApi 1.5 missing). */
  saveCatalogue(json: string): Promise<boolean>;
  removeSavedCatalogue(): Promise<void>;
  /**
   * Opens an .xlsx (base64) as a new workbook beside this one, which stays untouched; false when
   * this Excel cannot (ExcelApi 1.8 missing), so the pane offers a download instead.
   */
  openAsNewWorkbook(base64: string): Promise<boolean>;
  /**
   * Draws a cascading tree's pohon kinerja on a new sheet: shapes and connectors where Excel has
   * them (ExcelApi 1.9), else its outline in cells. Nothing existing is changed.
   */
  drawPohon(tree: CascadeTree): Promise<PohonDrawn>;
}

/** The selection's cells are not empty: nothing was written. */
export class SelectionNotEmptyError extends Error {}

/** The sheet of an address as Excel writes it: "'IKI Kasi Pem'!B3" is IKI Kasi Pem. */
function sheetOf(address: string): string {
  const name = address.slice(0, address.lastIndexOf("!"));
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** An empty cell: no formula, no value. */
function isEmpty(c: { formula: string } | { value: string | number | boolean }): boolean {
  return !("formula" in c) && c.value === "";
}

export function createWorkbookService(host: ExcelHost): WorkbookService {
  // The marks' code loads on first use (the pane counts stored marks after its first render).
  let marksMade: Promise<FindingMarks> | undefined;
  const marks = () =>
    (marksMade ??= import(/* webpackChunkName: "tanda" */ "./markFindings").then(
      (m) => new m.FindingMarks()
    ));
  // One journal per workbook service, its code loaded on first use.
  let journalMade: Promise<UndoJournal> | undefined;
  const journal = () => (journalMade ??= undoCode().then((m) => new m.UndoJournal()));

  /** Writes `values` rightwards from `sheet!cell`, refusing any cell that is not empty. */
  const insertInto = async (
    sheet: string,
    cell: string,
    values: CellInput[],
    label: string
  ): Promise<string> => {
    const a = parseRange(cell);
    if (!a) throw new SelectionNotEmptyError("Pilih satu sel kosong lalu coba lagi.");
    const writes = values.map((v, i) => ({
      sheet,
      cell: `${columnName(a.left + i)}${a.top + 1}`,
      input: cellInput(v),
    }));
    // Read first: a cell with data is named and nothing is written.
    const filled = await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new SheetGoneError(sheet);
      const range = ws.getRange(`${writes[0].cell}:${writes[writes.length - 1].cell}`);
      range.load("values,formulas");
      await context.sync();
      const current = range.values as unknown[][];
      const formulas = range.formulas as unknown[][];
      return current[0].some((v, i) => (v !== "" && v !== null) || formulas[0][i] !== "");
    });
    const where =
      writes.length > 1 ? `${writes[0].cell}:${writes[writes.length - 1].cell}` : writes[0].cell;
    if (filled)
      throw new SelectionNotEmptyError(
        `Sel ${where} sudah berisi data; pilih sel kosong (tidak ada yang ditimpa).`
      );
    // Written only while still empty: a cell typed into meanwhile is never overwritten.
    const done = await (await journal()).write(host, label, writes, (_, now) => isEmpty(now));
    if (done.length < writes.length)
      throw new SelectionNotEmptyError(
        done.length === 0
          ? "Sel terpilih baru saja diisi; tidak ada yang ditimpa. Pilih sel kosong lalu coba lagi."
          : `${writes.length - done.length} sel baru saja diisi dan dibiarkan; sisanya ditulis. Tekan "Urungkan" bila perlu.`
      );
    return writes[0].cell;
  };
  const storage = () => catalogueStorageSupported(host);
  return {
    // Every call that reaches Excel: its Office errors come out in Indonesian (officeErrors.ts).
    savedCatalogue: () =>
      inIndonesian("Membaca katalog tersimpan", async () =>
        storage() ? loadCatalogue(host) : undefined
      ),
    saveCatalogue: (json) =>
      inIndonesian("Menyimpan katalog ke buku kerja", async () => {
        if (!storage()) return false;
        await saveCatalogue(host, json);
        return true;
      }),
    removeSavedCatalogue: () =>
      inIndonesian("Menghapus katalog tersimpan", async () => {
        if (storage()) await removeCatalogue(host);
      }),
    drawPohon: (tree) =>
      inIndonesian("Menggambar pohon kinerja", async () => {
        const [{ drawPohon }, { pohonOf }] = await Promise.all([
          import(/* webpackChunkName: "pohon" */ "./drawPohon"),
          import(/* webpackChunkName: "pohon" */ "../core/pohon/model"),
        ]);
        return drawPohon(host, pohonOf(tree));
      }),
    openAsNewWorkbook: (base64) =>
      inIndonesian("Membuka buku kerja baru", async () => {
        if (!host.isSetSupported("ExcelApi", "1.8")) return false;
        await host.createWorkbook(base64);
        return true;
      }),
    insertTemplate: (model, target) =>
      inIndonesian("Menyisipkan templat", async () =>
        (await writer()).insertTemplate(host, model, target)
      ),
    readGrids: (scope) =>
      inIndonesian("Membaca lembar kerja", async () => {
        const { readActiveSheet, readWorkbook } = await readers();
        return scope === "lembar" ? [await readActiveSheet(host)] : readWorkbook(host);
      }),
    select: (sheet, cell) => inIndonesian("Memilih sel", () => selectCell(host, sheet, cell)),
    mark: (findings) =>
      inIndonesian("Menandai sel", async () => (await marks()).mark(host, findings)),
    unmark: () => inIndonesian("Menghapus tanda", async () => (await marks()).unmark(host)),
    markedCount: () => inIndonesian("Membaca tanda", async () => (await marks()).count(host)),
    write: (sheet, cell, value, label) =>
      inIndonesian("Menulis perbaikan", async () => {
        const done = await (
          await journal()
        ).write(host, label, [{ sheet, cell, input: asCellText(value) }]);
        if (done.length === 0) throw new SheetGoneError(sheet);
      }),
    fillEmpty: (cells, label) =>
      inIndonesian("Menulis perbaikan", async () => {
        const writes: CellWrite[] = cells.map((c) => ({
          sheet: c.sheet,
          cell: c.cell,
          input: asCellText(c.value),
        }));
        const done = await (await journal()).write(host, label, writes, (_, now) => isEmpty(now));
        return { written: done.length, skipped: cells.length - done.length };
      }),
    lastUndo: () =>
      inIndonesian("Membaca riwayat perubahan", () => journal().then((j) => j.last(host))),
    undo: () => inIndonesian("Mengurungkan perubahan", () => journal().then((j) => j.undo(host))),
    selectedCell: () =>
      inIndonesian("Membaca sel terpilih", () =>
        host.run(async (context) => {
          const range = context.workbook.getSelectedRange().getCell(0, 0);
          range.load("address");
          await context.sync();
          return { sheet: sheetOf(range.address), cell: range.address.replace(/^.*!/, "") };
        })
      ),
    insertAt: (sheet, cell, values, label) =>
      inIndonesian("Menyisipkan ke sel", () => insertInto(sheet, cell, values, label)),
    insertAtSelection: (values, label) =>
      inIndonesian("Menyisipkan ke sel terpilih", async () => {
        const at = await host.run(async (context) => {
          const range = context.workbook.getSelectedRange().getCell(0, 0);
          range.load("address");
          await context.sync();
          return { sheet: sheetOf(range.address), cell: range.address.replace(/^.*!/, "") };
        });
        return insertInto(at.sheet, at.cell, values, label);
      }),
  };
}
