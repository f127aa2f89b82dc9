import { checkCapaian, shownPeriod } from "../capaianCheck";
import { entriRef } from "./support";
import { RowRule } from "./types";

/**
 * A typed Capaian that realisasi and target do not give, beyond the rounding it shows (87,1 for
 * 87,14 is right; 87,0 is not). The polarity is the catalogue's, else the indicator's wording's
 * ("Angka kemiskinan" is better when lower), else positive; the message says which.
 */
export const capaianSalahHitung: RowRule = {
  id: "capaian-salah-hitung",
  severity: "warning",
  title: "Capaian tidak sesuai target dan realisasi",
  scope: "row",
  check(row, report) {
    for (const set of row.ukur) {
      const verdict = checkCapaian(row, set);
      if (verdict?.kind !== "salah") continue;
      const shown = shownPeriod(set.period);
      const period = shown ? ` ${shown}` : "";
      report(
        row.r,
        set.capaian!,
        `capaian${period} tertulis ${verdict.typed}, padahal ${verdict.how} (polaritas ${verdict.polarity.why}).`,
        {
          suggestion: `Hitung ulang capaian, atau tulis rumus =IKI.CAPAIAN(realisasi; target; "${verdict.polarity.polaritas}") agar Excel menghitungnya.`,
          ...entriRef(row.entri),
        }
      );
    }
  },
};
