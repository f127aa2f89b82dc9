import { cellOf, formulaFix } from "./support";
import { RowRule } from "./types";

/**
 * The formula is the decree's, the decree's formula has a defect, and the catalogue has the
 * formula that was meant: say so, kindly, with a quick fix.
 */
export const rumusCacatKatalog: RowRule = {
  id: "rumus-cacat-katalog",
  severity: "info",
  title: "Rumus mengikuti rumus keputusan yang cacat",
  scope: "row",
  check(row, report) {
    const cell = cellOf(row, "rumus");
    if (cell === undefined || row.rumus === "") return;
    const v = row.verdict();
    if (v.kind !== "cacat-katalog") return;
    const entri = row.entri!;
    report(
      cell.r,
      cell.c,
      `rumus sama dengan rumus dalam katalog, yang memuat cacat sumber: ${v.defects.join(" ")} Rumus yang dimaksud: ${v.koreksi}`,
      {
        entri: entri.id,
        suggestion: v.koreksi,
        ...formulaFix(row, cell, "Pakai rumus koreksi", v.koreksi),
      }
    );
  },
};
