import { TableRule } from "./types";

const REQUIRED = [
  ["sumber", "Sumber Data"],
  ["pj", "Penanggung Jawab"],
] as const;

export const kolomHilang: TableRule = {
  id: "kolom-hilang",
  severity: "error",
  title: "Kolom wajib tidak ada",
  scope: "table",
  check({ table }, report) {
    // A measurement table (Perjanjian Kinerja, LKjIP) reports indicators defined elsewhere.
    // Nor does an SKP: its indicators' sources are in the IKI table and the Manual IKU.
    if (table.jenis === "pengukuran" || table.jenis === "skp") return;
    for (const [role, title] of REQUIRED) {
      if (table.columns[role] !== undefined) continue;
      if (table.bentuk === "rekaman")
        report(
          table.lastHeaderRow,
          table.firstCol,
          `rekaman indikator ini tidak memiliki isian ${title}.`,
          {
            suggestion: `Tambahkan baris ${title} beserta isinya pada rekaman ini.`,
          }
        );
      else
        report(table.lastHeaderRow, table.firstCol, `tabel tidak memiliki kolom ${title}.`, {
          suggestion: `Tambahkan kolom ${title} di sebelah kanan kolom Rumus.`,
        });
    }
  },
};
