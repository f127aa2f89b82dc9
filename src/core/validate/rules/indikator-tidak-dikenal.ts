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
  examples: {
    valid: [
      {
        name: "a catalogue indicator",
        rows: [
          {
            indikator: "Persentase koperasi aktif",
            rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          },
        ],
      },
    ],
    invalid: [
      {
        name: "an indicator of its own",
        rows: [{ indikator: "Jumlah rapat koordinasi lintas sektor", rumus: "Jumlah rapat" }],
        cells: ["C2"],
      },
    ],
  },
};
