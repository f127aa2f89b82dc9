import { quote } from "./support";
import { isSkpRow, skpCell } from "./skpSupport";
import { RowRule } from "./types";

/** A JPT SKP (with a Perspektif column) whose RHK names no perspective. */
export const skpTanpaPerspektif: RowRule = {
  id: "skp-tanpa-perspektif",
  severity: "warning",
  title: "RHK JPT tanpa perspektif",
  scope: "row",
  check: (row, report) => {
    if (!isSkpRow(row)) return;
    const cell = skpCell(row, "perspektif");
    if (!cell || cell.text !== "") return;
    report(
      cell.r,
      cell.c,
      `Perspektif kosong untuk indikator ${quote(row.indikator)}; SKP JPT menempatkan tiap RHK pada satu perspektif.`,
      { suggestion: "Penerima Layanan, Proses Bisnis, Penguatan Internal atau Anggaran." }
    );
  },
};
