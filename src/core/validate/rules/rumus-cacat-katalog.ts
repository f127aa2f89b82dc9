import { formulaFix } from "./support";
import { formulaColumn } from "../detectTables";
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
    const c = formulaColumn(row.table.columns);
    if (c === undefined || row.rumus === "") return;
    const v = row.verdict();
    if (v.kind !== "cacat-katalog") return;
    const entri = row.entri!;
    report(
      row.r,
      c,
      `rumus sama dengan rumus dalam katalog, yang memuat cacat sumber: ${v.defects.join(" ")} Rumus yang dimaksud: ${v.koreksi}`,
      {
        entri: entri.id,
        suggestion: v.koreksi,
        ...formulaFix(row, c, "Pakai rumus koreksi", v.koreksi),
      }
    );
  },
  examples: {
    valid: [
      {
        name: "a decree formula whose defect has no correction to change to (the Katalog panel shows it)",
        rows: [{ indikator: "Indeks kualitas udara", rumus: "100 - ((50 / 0,9) x (Ieu - 0,1))" }],
      },
      {
        name: "the corrected formula",
        rows: [
          {
            indikator: "Indeks kualitas tutupan lahan",
            rumus: "100 - ((84,3 - (TH x 100)) x (50/54,3))",
          },
        ],
      },
    ],
    invalid: [
      {
        name: "the decree's formula with its unbalanced parenthesis",
        rows: [
          {
            indikator: "Indeks kualitas tutupan lahan",
            rumus: "100 - ((84,3 - (TH x 100) x (50/54,3))",
          },
        ],
        cells: ["D2"],
      },
    ],
  },
};
