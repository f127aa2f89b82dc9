import { EXCEL_ERROR_VALUES } from "../../cellValues";
import { address } from "../../grid";
import { CATALOGUE_FIELD, cellOf, COLUMN_TITLE, entriRef, excelError } from "./support";
import { RowRule } from "./types";

/** "#REF!" in Penanggung Jawab or Sumber Data is not a name or a document: a formula broke. */
export const nilaiGalat: RowRule = {
  id: "nilai-galat",
  severity: "error",
  title: "Sel berisi nilai kesalahan Excel",
  scope: "row",
  check(row, report) {
    for (const role of ["pj", "sumber"] as const) {
      const cell = cellOf(row, role);
      const broken = excelError(row[role]);
      if (cell === undefined || !broken) continue;
      const title = COLUMN_TITLE[role];
      const fromKatalog = row.entri?.[CATALOGUE_FIELD[role]] ?? "";
      report(
        cell.r,
        cell.c,
        `sel ${title} berisi nilai kesalahan ${broken} (${EXCEL_ERROR_VALUES.get(broken) ?? "kesalahan Excel"}), bukan ${role === "pj" ? "nama penanggung jawab" : "sumber data"}.`,
        {
          suggestion:
            fromKatalog || `Perbaiki rumus atau rujukan sel ini, atau tulis ${title} sebagai teks.`,
          ...(fromKatalog
            ? {
                fix: {
                  label: `Isi ${title} dari katalog`,
                  cell: address(row.grid, cell.r, cell.c),
                  value: fromKatalog,
                },
              }
            : {}),
          ...entriRef(row.entri),
        }
      );
    }
  },
};
