/**
 * What the demo page (npm run demo) exposes as `window.demoWorkbook`: the simulated workbook,
 * for the browser tests to read and change. Its own module so tests can name the type without
 * loading the page.
 */
import type { FakeShapeRecord } from "./fakeExcel";

export interface DemoWorkbookApi {
  sheetNames(): string[];
  /** The workbooks the pane opened beside this one (Excel.createWorkbook), as base64 .xlsx. */
  createdWorkbooks(): string[];
  getValues(sheet: string, address: string): (string | number | boolean)[][];
  getFills(sheet: string, address: string): (string | null)[][];
  selection(): string | undefined;
  activeSheet(): string;
  select(sheet: string, address: string): void;
  /**
   * Drops every piece of add-in state held in memory (the pane, the workbook service and its
   * marks), as closing and reopening the file does, and keeps the workbook: cells, fills, notes
   * and custom XML parts.
   */
  reopen(): void;
  /** Every cell of every sheet with its value, formula, fill and note, for comparisons. */
  snapshot(): string;
  /** Types values into cells from `address` on, as the user would (the grid redraws). */
  setValues(sheet: string, address: string, values: (string | number)[][]): void;
  /** The shapes of a sheet (ExcelApi 1.9 shapes the pane drew), as the fake keeps them. */
  shapes(sheet: string): FakeShapeRecord[];
  /** Adds a sheet holding `values` from A1 and makes it active (tests of large sheets). */
  addSheet(name: string, values: (string | number)[][]): void;
}
