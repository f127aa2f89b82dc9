import { MEASUREMENT_HEADER as HEADER } from "./examples";
import { checkCapaian, formatNumber } from "../capaianCheck";
import { entriRef } from "./support";
import { RowRule } from "./types";

/** A typed Capaian cut off at its last decimal instead of rounded (87,16 for 87,1666...). */
export const capaianDipotong: RowRule = {
  id: "capaian-dipotong",
  severity: "info",
  title: "Capaian dipotong, bukan dibulatkan",
  scope: "row",
  check(row, report) {
    for (const set of row.ukur) {
      const verdict = checkCapaian(row, set);
      if (verdict?.kind !== "dipotong") continue;
      const period = set.period ? ` ${set.period.toUpperCase()}` : "";
      report(
        row.r,
        set.capaian!,
        `capaian${period} tertulis ${verdict.typed}: nilai ${formatNumber(verdict.exact, verdict.decimals + 2)} dipotong, bukan dibulatkan.`,
        {
          suggestion: `Tulis ${formatNumber(verdict.rounded, verdict.decimals)}.`,
          ...entriRef(row.entri),
        }
      );
    }
  },
  examples: {
    valid: [
      {
        name: "rounded up (95,79) and where cutting and rounding agree (75)",
        sheet: [
          HEADER,
          ["1", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 95, 91, "95,79"],
          ["2", "Persentase surat yang diproses", "%", 80, 60, 75],
        ],
      },
    ],
    invalid: [
      {
        name: "91 / 95 = 95,789... written 95,78; 2 / 3 = 66,67 written 66",
        sheet: [
          HEADER,
          ["1", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 95, 91, "95,78"],
          ["2", "Persentase surat yang diproses", "%", 3, 2, 66],
        ],
        cells: ["F2", "F3"],
      },
    ],
  },
};
