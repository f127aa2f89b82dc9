import { isIsian } from "../../template/skpVocabulary";
import { isSkpRow, skpCell } from "./skpSupport";
import { RowRule } from "./types";

const FIELDS = [
  ["target", "Target"],
  ["aspek", "Aspek"],
  ["induk", "RHK pimpinan yang diintervensi"],
  ["perspektif", "Perspektif"],
] as const;

/** A cell of an SKP that still holds the template's mark ("[target]"): to fill before e-Kinerja. */
export const skpIsian: RowRule = {
  id: "skp-isian",
  severity: "info",
  title: "Isian SKP belum diisi",
  scope: "row",
  check: (row, report) => {
    if (!isSkpRow(row)) return;
    for (const [role, title] of FIELDS) {
      const cell = skpCell(row, role);
      // A merged cell is reported once, on the first row it covers.
      if (!cell || !isIsian(cell.text) || row.reader.ownText(cell.r, cell.c).trim() === "")
        continue;
      report(
        cell.r,
        cell.c,
        `${title} masih berisi tanda isian ${cell.text}; isi sebelum disalin ke e-Kinerja.`
      );
    }
  },
};
