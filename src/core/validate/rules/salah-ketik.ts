import { address } from "../../grid";
import { cellOf, quote } from "./support";
import { RowRule } from "./types";

export const salahKetik: RowRule = {
  id: "salah-ketik",
  severity: "warning",
  title: "Kemungkinan salah ketik indikator",
  scope: "row",
  check(row, report) {
    const { match, indikator, grid } = row;
    const cell = cellOf(row, "indikator");
    if (match?.kind !== "salah-ketik" || !cell) return;
    report(
      cell.r,
      cell.c,
      `indikator ${quote(indikator)} mirip indikator katalog ${quote(match.text)}; kemungkinan salah ketik.`,
      {
        suggestion: match.entri.indikator,
        entri: match.entri.id,
        fix: {
          label: "Pakai ejaan katalog",
          cell: address(grid, cell.r, cell.c),
          value: match.entri.indikator,
        },
      }
    );
  },
};
