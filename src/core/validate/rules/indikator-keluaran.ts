import { LKE_BUTIR, rujukanLke } from "../lkeButir";
import { keluaranOf } from "../outcomeVocabulary";
import { atIkuLevel } from "./ikuLevel";
import { cellOf, quote } from "./support";
import { RowRule } from "./types";

/**
 * An IKU or sasaran-level indicator worded as an output or an activity. The SAKIP evaluation
 * (PermenPAN-RB 88/2021, LKE, perencanaan kinerja: sasaran berorientasi hasil, indikator yang
 * baik) looks for results at that level; a position's IKI may measure outputs, so IKI rows are
 * not reported.
 */
export const indikatorKeluaran: RowRule = {
  id: "indikator-keluaran",
  severity: "warning",
  title: "IKU berupa keluaran atau kegiatan",
  scope: "row",
  check: (row, report) => {
    if (!atIkuLevel(row)) return;
    // The decree's own wording (an IKU of the catalogue, word for word) cannot be changed in the
    // sheet: as with the decree's formula defects, it is noted in the README, not reported here.
    if (row.match?.kind === "sama" && row.entri?.level !== "iki") return;
    const found = keluaranOf(row.indikator);
    if (!found) return;
    const at = cellOf(row, "indikator") ?? { r: row.r, c: row.table.firstCol };
    const what = found.jenis === "output" ? "keluaran (output)" : "kegiatan";
    report(
      at.r,
      at.c,
      `Indikator ${quote(row.indikator)} diukur sebagai ${what} ("${found.kata} ..."), padahal IKU dan indikator sasaran mengukur hasil (outcome): kondisi yang berubah bagi penerima manfaat. ${rujukanLke(LKE_BUTIR.smart)}.`,
      {
        suggestion:
          'Rumuskan hasil yang dituju, mis. "Persentase ... yang memenuhi standar" atau "Persentase ... yang ditindaklanjuti", dan jadikan keluarannya indikator IKI atau kegiatan.',
      }
    );
  },
};
