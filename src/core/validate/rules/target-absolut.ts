import { TARGET_ABSOLUT } from "../../template/skpVocabulary";
import { quote } from "./support";
import { isSkpRow, skpCell } from "./skpSupport";
import { RowRule } from "./types";

/**
 * An SKP target worded as absolute: PermenPAN-RB 8/2021, annex, stage five
 * ("Menetapkan Target"): targets of administrators and functional staff should not be absolute
 * ("semua", "selalu", "tidak pernah", "setiap"), except for work tied to life, injury, national
 * security or large financial loss. Info: the exception is the user's to judge.
 */
export const targetAbsolut: RowRule = {
  id: "target-absolut",
  severity: "info",
  title: "Target mutlak",
  scope: "row",
  check: (row, report) => {
    if (!isSkpRow(row)) return;
    // The target, not the indicator: "dalam Semua Aspek Kehidupan" names a subject, not a goal.
    const cell = skpCell(row, "target");
    const word = cell ? TARGET_ABSOLUT.exec(cell.text)?.[0] : undefined;
    if (!cell || !word) return;
    report(
      cell.r,
      cell.c,
      `Target ${quote(cell.text)} memakai kata mutlak "${word}". PermenPAN-RB 8/2021 (lampiran, tahap kelima) meminta target administrator dan fungsional tidak mutlak, kecuali pekerjaan yang menyangkut nyawa, cedera, keamanan negara atau kerugian keuangan besar.`,
      { suggestion: 'Tulis target yang terukur, mis. "90 % desa" alih-alih "semua desa".' }
    );
  },
};
