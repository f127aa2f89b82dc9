import { address } from "../../grid";
import { quote } from "./support";
import { RowRule } from "./types";

export const salahKetik: RowRule = {
  id: "salah-ketik",
  severity: "warning",
  title: "Kemungkinan salah ketik indikator",
  scope: "row",
  check({ match, indikator, r, table, grid }, report) {
    if (match?.kind !== "salah-ketik") return;
    const c = table.columns.indikator!;
    report(
      r,
      c,
      `indikator ${quote(indikator)} mirip indikator katalog ${quote(match.text)}; kemungkinan salah ketik.`,
      {
        suggestion: match.entri.indikator,
        entri: match.entri.id,
        fix: {
          label: "Pakai ejaan katalog",
          cell: address(grid, r, c),
          value: match.entri.indikator,
        },
      }
    );
  },
};
