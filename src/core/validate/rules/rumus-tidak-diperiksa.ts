import { formulaColumn } from "../detectTables";
import { TableRule } from "./types";

export const rumusTidakDiperiksa: TableRule = {
  id: "rumus-tidak-diperiksa",
  severity: "info",
  title: "Rumus tidak diperiksa (kolom Rumus tidak dikenali)",
  scope: "table",
  check({ table }, report) {
    if (formulaColumn(table.columns) !== undefined || table.bodyRows.length === 0) return;
    if (table.jenis === "pengukuran") return; // its indicators are defined elsewhere
    report(
      table.lastHeaderRow,
      table.columns.indikator!,
      "tabel ini tidak memiliki kolom Rumus yang dikenali, sehingga rumus indikatornya tidak diperiksa.",
      {
        suggestion:
          "Tambahkan kolom Rumus / Formula Perhitungan, atau beri judul kolom rumus yang ada dengan kata Rumus, Formulasi atau Cara Perhitungan.",
      }
    );
  },
  examples: {
    valid: [
      {
        name: "a table with a Rumus column",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100%",
          },
        ],
      },
    ],
    invalid: [
      {
        name: "Sasaran, Indikator, Satuan, Target, Sumber Data and no formula column",
        sheet: [
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Sumber Data"],
          [
            "1",
            "Meningkatnya pelayanan",
            "Persentase surat yang diproses",
            "%",
            "100",
            "Agenda surat",
          ],
        ],
        cells: ["C1"],
      },
    ],
  },
};
