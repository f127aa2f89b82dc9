/**
 * How the adapters reach Excel: `run` (Excel.run) and requirement-set detection. In the add-in
 * this is Office.js; in tests and the browser demo it is src/dev/fakeExcel.ts.
 */

import type { XContext } from "./officeApi";
export interface ExcelHost {
  run<T>(batch: (context: XContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => {
      if (typeof Excel === "undefined") {
        return Promise.reject(
          new Error(
            "Excel tidak tersedia di halaman ini. Buka Asisten IKI dari Excel: tab Beranda, tombol Asisten IKI."
          )
        );
      }
      return Excel.run(batch);
    },
    isSetSupported: (name, version) =>
      !!Office.context?.requirements?.isSetSupported(name, version),
  };
}
