/**
 * How the adapters reach Excel: `run` (Excel.run) and requirement-set detection. In the add-in
 * this is Office.js; in tests and the browser demo it is src/dev/fakeExcel.ts.
 */

import type { XContext } from "./officeApi";
/** Options of one batch: `mergeUndoGroup` makes its syncs one step of Excel's undo (ExcelApi 1.20). */
export interface RunOptions {
  mergeUndoGroup?: boolean;
}

export interface ExcelHost {
  run<T>(batch: (context: XContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Opens a new workbook made of the given .xlsx (base64), as Excel.createWorkbook (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch, options) => {
      if (typeof Excel === "undefined") {
        return Promise.reject(
          new Error(
            "Excel tidak tersedia di halaman ini. Buka Asisten IKI dari Excel: tab Beranda, tombol Asisten IKI."
          )
        );
      }
      // Asked only where Excel knows the option (older versions may reject what they do not know).
      if (
        options?.mergeUndoGroup &&
        Office.context?.requirements?.isSetSupported("ExcelApi", "1.20")
      )
        return Excel.run({ mergeUndoGroup: true }, batch);
      return Excel.run(batch);
    },
    isSetSupported: (name, version) =>
      !!Office.context?.requirements?.isSetSupported(name, version),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}
