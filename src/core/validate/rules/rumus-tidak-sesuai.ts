import { cellOf, formulaFix, quote } from "./support";
import { RowRule } from "./types";

export const rumusTidakSesuai: RowRule = {
  id: "rumus-tidak-sesuai",
  severity: "warning",
  title: "Rumus tidak sesuai katalog",
  scope: "row",
  check(row, report) {
    const cell = cellOf(row, "rumus");
    if (cell === undefined || row.rumus === "") return;
    const v = row.verdict();
    if (v.kind !== "tidak-sesuai") return;
    const entri = row.entri!;
    // Reasons quote the formulas; a cell of thousands of characters must not make a huge message.
    const why = v.reasons.map((x) => (x.length > 200 ? `${x.slice(0, 199)}…` : x)).join("; ");
    report(
      cell.r,
      cell.c,
      // The catalogue's formula is the suggestion (shown once, as "Saran"), not repeated here.
      `rumus tidak sesuai katalog untuk ${quote(entri.indikator)} (${why}).`,
      {
        entri: entri.id,
        suggestion: v.reference,
        ...formulaFix(row, cell, "Ganti dengan rumus katalog", v.reference),
      }
    );
  },
};
