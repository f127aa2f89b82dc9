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
    if (table.jenis === "pengukuran") return;
    for (const [role, title] of REQUIRED) {
      if (table.columns[role] !== undefined) continue;
      report(table.lastHeaderRow, table.firstCol, `tabel tidak memiliki kolom ${title}.`, {
        suggestion: `Tambahkan kolom ${title} di sebelah kanan kolom Rumus.`,
      });
    }
  },
  examples: {
    valid: [
      {
        name: "all six columns",
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
        name: "Indikator and Rumus only: both columns missing, one finding each at the header",
        sheet: [
          ["Indikator Kinerja", "Rumus"],
          ["Persentase surat yang diproses", "Surat diproses / surat masuk x 100%"],
        ],
        cells: ["A1", "A1"],
      },
      {
        name: "no Penanggung Jawab column",
        sheet: [
          ["No", "Indikator Kinerja", "Rumus", "Sumber Data"],
          [
            "1",
            "Persentase surat yang diproses",
            "Surat diproses / surat masuk x 100%",
            "Agenda surat",
          ],
        ],
        cells: ["A1"],
      },
    ],
  },
};
