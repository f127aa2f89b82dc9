/**
 * Everything the task pane asks of the workbook, composed from the adapters. The pane receives
 * this object; it never calls Office.js itself.
 */
import { Grid, columnName, parseRange } from "../core/grid";
import type { TemplateModel } from "../core/template/templateModel";
import type { Finding } from "../core/validate";
import { ExcelHost } from "./host";
import { inIndonesian } from "./officeErrors";
import { FindingMarks, selectCell, UnmarkResult, writeCell } from "./markFindings";
import { CellInput, cellInput } from "../core/cellText";
import type { InsertResult, TemplateTarget } from "./writeTemplate";

// Loaded when first used (the pane's first screen needs neither the readers nor the writer).
const readers = () => import(/* webpackChunkName: "excel-baca" */ "./readGrids");
const writer = () => import(/* webpackChunkName: "excel-templat" */ "./writeTemplate");
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
  write(sheet: string, cell: string, value: string): Promise<void>;
  /**
   * Writes cells in a row from the selected cell rightwards, refusing to overwrite. Text is kept
   * as text (never read as a formula); `{ formula }` cells are the add-in's own formulas.
   */
  insertAtSelection(values: CellInput[]): Promise<string>;
  /** The catalogue saved in this workbook (JSON), if any and if the API allows. */
  savedCatalogue(): Promise<string | undefined>;
  /** Saves a catalogue into this workbook; false when Excel cannot (ExcelApi 1.5 missing). */
  saveCatalogue(json: string): Promise<boolean>;
  removeSavedCatalogue(): Promise<void>;
}

/** The selection's cells are not empty: nothing was written. */
export class SelectionNotEmptyError extends Error {}

export function createWorkbookService(host: ExcelHost): WorkbookService {
  const marks = new FindingMarks();
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
    mark: (findings) => inIndonesian("Menandai sel", () => marks.mark(host, findings)),
    unmark: () => inIndonesian("Menghapus tanda", () => marks.unmark(host)),
    markedCount: () => inIndonesian("Membaca tanda", () => marks.count(host)),
    write: (sheet, cell, value) =>
      inIndonesian("Menulis perbaikan", () => writeCell(host, sheet, cell, value)),
    insertAtSelection: (values) =>
      inIndonesian("Menyisipkan ke sel terpilih", () =>
        host.run(async (context) => {
          const target = context.workbook
            .getSelectedRange()
            .getCell(0, 0)
            .getResizedRange(0, values.length - 1);
          target.load("address,values,formulas");
          await context.sync();
          const current = target.values as unknown[][];
          const formulas = target.formulas as unknown[][];
          if (current[0].some((v, i) => (v !== "" && v !== null) || formulas[0][i] !== "")) {
            throw new SelectionNotEmptyError(
              `Sel ${target.address.replace(/^.*!/, "")} sudah berisi data; pilih sel kosong (tidak ada yang ditimpa).`
            );
          }
          target.formulas = [values.map(cellInput)];
          await context.sync();
          const a = parseRange(target.address);
          return a ? `${columnName(a.left)}${a.top + 1}` : target.address;
        })
      ),
  };
}
