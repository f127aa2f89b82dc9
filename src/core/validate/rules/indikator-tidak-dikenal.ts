import { cellOf, quote } from "./support";
import { RowRule } from "./types";

export const indikatorTidakDikenal: RowRule = {
  id: "indikator-tidak-dikenal",
  severity: "info",
  title: "Indikator tidak ada di katalog",
  scope: "row",
  check(row, report) {
    const { match, entri, indikator } = row;
    const cell = cellOf(row, "indikator");
    if (entri || match?.kind === "salah-ketik" || !cell) return;
    report(cell.r, cell.c, `indikator ${quote(indikator)} tidak ditemukan di katalog.`);
  },
};
