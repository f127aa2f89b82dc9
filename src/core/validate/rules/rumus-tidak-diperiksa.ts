import { formulaColumn } from "../detectTables";
import { TableRule } from "./types";

export const rumusTidakDiperiksa: TableRule = {
  id: "rumus-tidak-diperiksa",
  severity: "info",
  title: "Rumus tidak diperiksa (kolom Rumus tidak dikenali)",
  scope: "table",
  check({ table }, report) {
    if (formulaColumn(table.columns) !== undefined || table.bodyRows.length === 0) return;
    // Its indicators are defined elsewhere (a measurement table, an SKP).
    if (table.jenis === "pengukuran" || table.jenis === "skp") return;
    report(
      table.lastHeaderRow,
      table.columns.indikator ?? table.firstCol,
      "tabel ini tidak memiliki kolom Rumus yang dikenali, sehingga rumus indikatornya tidak diperiksa.",
      {
        suggestion:
          "Tambahkan kolom Rumus / Formula Perhitungan, atau beri judul kolom rumus yang ada dengan kata Rumus, Formulasi atau Cara Perhitungan.",
      }
    );
  },
};
