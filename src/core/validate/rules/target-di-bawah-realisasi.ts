import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { cellFacts } from "../cellKind";
import { polarityOf } from "../capaianCheck";
import { quote } from "./support";
import { RowRule } from "./types";

/** The number a cell holds ("87,5", 87.5, "87,5 %"), if it is one. */
function numberAt(
  row: { reader: { ownText(r: number, c: number): string } },
  r: number,
  c: number
): number | undefined {
  const facts = cellFacts(row.reader.ownText(r, c));
  return (facts.kind === "angka" || facts.kind === "nomor") && facts.number !== undefined
    ? facts.number
    : undefined;
}

/**
 * A year's target below the previous year's realisation in the same row (a multi-year table): the
 * SAKIP evaluation (PermenPAN-RB 88/2021, LKE perencanaan kinerja) looks for targets that are
 * challenging, set from the latest realisation. Polarity counts: for an indicator that is better
 * when lower, a target above last year's realisation. Info: a lower target may be deliberate.
 */
export const targetDiBawahRealisasi: RowRule = {
  id: "target-di-bawah-realisasi",
  severity: "info",
  title: "Target di bawah realisasi tahun lalu",
  scope: "row",
  check: (row, report) => {
    const years = row.ukur
      .filter((s) => /^(?:19|20)\d\d$/.test(s.period))
      .sort((a, b) => a.period.localeCompare(b.period));
    if (years.length < 2) return;
    const polarity = polarityOf(row);
    const lower = polarity.polaritas === "negatif";
    for (let i = 1; i < years.length; i++) {
      const before = years[i - 1];
      const now = years[i];
      if (Number(now.period) !== Number(before.period) + 1) continue;
      const realised = numberAt(row, row.r, before.realisasi);
      const target = numberAt(row, row.r, now.target);
      if (realised === undefined || target === undefined) continue;
      if (lower ? target <= realised : target >= realised) continue;
      report(
        row.r,
        now.target,
        `Target ${now.period} (${target}) untuk ${quote(row.indikator)} ${lower ? "lebih tinggi" : "lebih rendah"} daripada realisasi ${before.period} (${realised}); polaritas ${polarity.why}. Target sebaiknya ditetapkan dari realisasi terakhir: ${rujukanLke(LKE_BUTIR.targetMenantang)}.`,
        {
          suggestion: `Tinjau target ${now.period}: sedikitnya setara realisasi ${before.period}, kecuali ada alasan yang dicatat.`,
        }
      );
    }
  },
};
