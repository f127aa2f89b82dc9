import { address } from "../../grid";
import { CATALOGUE_FIELD, cellOf, COLUMN_TITLE, entriRef, quote } from "./support";
import { Report, RowScope } from "./types";

/**
 * pj-kosong and sumber-kosong: the column exists and neither the cell, a merged cell over it nor
 * the first row of its group gives a value.
 */
export function checkEmpty(row: RowScope, report: Report, role: "pj" | "sumber"): void {
  const cell = cellOf(row, role);
  if (cell === undefined || row[role] !== "" || row.group[role] !== "") return;
  const title = COLUMN_TITLE[role];
  const fromKatalog = row.entri?.[CATALOGUE_FIELD[role]] ?? "";
  report(cell.r, cell.c, `${title} kosong untuk indikator ${quote(row.indikator)}.`, {
    ...(fromKatalog
      ? {
          suggestion: fromKatalog,
          fix: {
            label: `Isi ${title} dari katalog`,
            cell: address(row.grid, cell.r, cell.c),
            value: fromKatalog,
            isiKosong: true,
          },
        }
      : {}),
    ...entriRef(row.entri),
  });
}
