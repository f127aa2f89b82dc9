import { checkCapaian, shownPeriod, formatNumber } from "../capaianCheck";
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
      const shown = shownPeriod(set.period);
      const period = shown ? ` ${shown}` : "";
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
};
