import { address } from "../../grid";
import { CATALOGUE_FIELD, COLUMN_TITLE, entriRef, quote } from "./support";
import { Report, RowScope } from "./types";

/**
 * pj-kosong and sumber-kosong: the column exists and neither the cell, a merged cell over it nor
 * the first row of its group gives a value.
 */
export function checkEmpty(row: RowScope, report: Report, role: "pj" | "sumber"): void {
  const c = row.table.columns[role];
  if (c === undefined || row[role] !== "" || row.group[role] !== "") return;
  const title = COLUMN_TITLE[role];
  const fromKatalog = row.entri?.[CATALOGUE_FIELD[role]] ?? "";
  report(row.r, c, `${title} kosong untuk indikator ${quote(row.indikator)}.`, {
    ...(fromKatalog
      ? {
          suggestion: fromKatalog,
          fix: {
            label: `Isi ${title} dari katalog`,
            cell: address(row.grid, row.r, c),
            value: fromKatalog,
          },
        }
      : {}),
    ...entriRef(row.entri),
  });
}
