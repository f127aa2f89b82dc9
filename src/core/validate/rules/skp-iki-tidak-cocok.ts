import { normaliseText } from "../../catalogue/normalise";
import type { IndicatorRef } from "../findings";
import { indicatorKey, tableAt, tablesOf, where } from "./cascadeSupport";
import { quote } from "./support";
import { WorkbookRule } from "./types";

/**
 * A position's IKI that its SKP in the same workbook leaves out, and an SKP indicator its IKI
 * table does not have: the SKP is made from the IKI (PermenPAN-RB 8/2021: the IKI table is the
 * basis of the performance plan), so the two lists agree.
 */
export const skpIkiTidakCocok: WorkbookRule = {
  id: "skp-iki-tidak-cocok",
  severity: "warning",
  title: "SKP dan tabel IKI berbeda",
  scope: "workbook",
  skp: true,
  check(scope, report) {
    for (const skp of scope.skp) {
      const iki = tablesOf(scope, skp.jabatan);
      if (iki.length === 0) continue;
      // One indicator by its catalogue entry or by its wording (one text may be an IKU and an
      // IKI of the catalogue, matched at different levels in the two tables).
      const keys = (row: IndicatorRef) => [
        indicatorKey(row),
        `teks:${normaliseText(row.indikator)}`,
      ];
      const inSkp = new Set(skp.rows.flatMap(keys));
      const ikiRows = iki.flatMap((t) => t.rows);
      const inIki = new Set(ikiRows.flatMap(keys));
      const skpAt = where(tableAt(skp));
      for (const row of ikiRows)
        if (!keys(row).some((k) => inSkp.has(k)))
          report(
            row,
            `IKI ${quote(row.indikator)} (${skp.jabatan.nama}) tidak ada di SKP-nya (${skpAt}).`,
            {
              suggestion: "Tambahkan indikator ini di bawah RHK yang sesuai pada SKP.",
              ...(row.entri ? { entri: row.entri } : {}),
            }
          );
      const ikiAt = where(tableAt(iki[0]));
      for (const row of skp.rows)
        if (!keys(row).some((k) => inIki.has(k)))
          report(
            row,
            `Indikator SKP ${quote(row.indikator)} tidak ada di tabel IKI ${skp.jabatan.nama} (${ikiAt}).`,
            {
              suggestion:
                "Tambahkan ke tabel IKI, atau hapus dari SKP bila bukan indikator jabatan ini.",
              ...(row.entri ? { entri: row.entri } : {}),
            }
          );
    }
  },
};
