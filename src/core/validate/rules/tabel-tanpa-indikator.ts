import { TableRule } from "./types";

export const tabelTanpaIndikator: TableRule = {
  id: "tabel-tanpa-indikator",
  severity: "warning",
  title: "Tabel tanpa baris indikator",
  scope: "table",
  check({ table }, report) {
    if (table.bodyRows.length > 0) return;
    report(
      table.lastHeaderRow,
      table.columns.indikator ?? table.firstCol,
      "tabel ini punya baris judul kolom tetapi tidak ada baris indikator di bawahnya.",
      { suggestion: "Isi indikator di bawah baris judul, atau hapus baris judul yang tersisa." }
    );
  },
};
