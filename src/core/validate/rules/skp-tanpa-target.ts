import { quote } from "./support";
import { isSkpRow, skpCell } from "./skpSupport";
import { RowRule } from "./types";

/** An SKP indicator without a target (PermenPAN-RB 6/2022: every indicator has one). */
export const skpTanpaTarget: RowRule = {
  id: "skp-tanpa-target",
  severity: "warning",
  title: "Indikator SKP tanpa target",
  scope: "row",
  check: (row, report) => {
    if (!isSkpRow(row)) return;
    const target = skpCell(row, "target");
    const at = target ?? { r: row.r, c: row.table.columns.indikator ?? row.table.firstCol };
    // Filled, or holding the template's mark (skp-isian says that one).
    if (target && target.text !== "") return;
    report(
      at.r,
      at.c,
      target
        ? `Target kosong untuk indikator SKP ${quote(row.indikator)}.`
        : `SKP ini tidak memiliki kolom Target; indikator ${quote(row.indikator)} tidak bertarget.`,
      { suggestion: 'Tulis target tahunan beserta satuannya, mis. "12 dokumen" atau "85 %".' }
    );
  },
};
