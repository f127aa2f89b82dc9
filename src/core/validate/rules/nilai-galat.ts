import { EXCEL_ERROR_VALUES } from "../../cellValues";
import { address } from "../../grid";
import { CATALOGUE_FIELD, COLUMN_TITLE, entriRef, excelError } from "./support";
import { RowRule } from "./types";

/** "#REF!" in Penanggung Jawab or Sumber Data is not a name or a document: a formula broke. */
export const nilaiGalat: RowRule = {
  id: "nilai-galat",
  severity: "error",
  title: "Sel berisi nilai galat Excel",
  scope: "row",
  check(row, report) {
    for (const role of ["pj", "sumber"] as const) {
      const c = row.table.columns[role];
      const broken = excelError(row[role]);
      if (c === undefined || !broken) continue;
      const title = COLUMN_TITLE[role];
      const fromKatalog = row.entri?.[CATALOGUE_FIELD[role]] ?? "";
      report(
        row.r,
        c,
        `sel ${title} berisi nilai galat ${broken} (${EXCEL_ERROR_VALUES.get(broken) ?? "galat Excel"}), bukan ${role === "pj" ? "nama penanggung jawab" : "sumber data"}.`,
        {
          suggestion:
            fromKatalog || `Perbaiki rumus atau rujukan sel ini, atau tulis ${title} sebagai teks.`,
          ...(fromKatalog
            ? {
                fix: {
                  label: `Isi ${title} dari katalog`,
                  cell: address(row.grid, row.r, c),
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
