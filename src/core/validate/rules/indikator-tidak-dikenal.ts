import { quote } from "./support";
import { RowRule } from "./types";

export const indikatorTidakDikenal: RowRule = {
  id: "indikator-tidak-dikenal",
  severity: "info",
  title: "Indikator tidak ada di katalog",
  scope: "row",
  check({ match, entri, indikator, r, table }, report) {
    if (entri || match?.kind === "salah-ketik") return;
    report(
      r,
      table.columns.indikator!,
      `indikator ${quote(indikator)} tidak ditemukan di katalog.`
    );
  },
};
