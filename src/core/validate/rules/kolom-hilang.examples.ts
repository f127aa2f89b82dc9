/** Valid and invalid examples of the rule kolom-hilang (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
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
    {
      name: "a record with both fields (one a longer label: Penanggungjawab Pengumpul Data)",
      sheet: [
        ["Judul", "Persentase surat yang diproses"],
        ["Numerator", "Jumlah surat diproses"],
        ["Denominator", "Jumlah surat masuk"],
        ["Sumber Data", "Agenda surat"],
        ["Penanggungjawab Pengumpul Data", "Kepala Sub Bagian Umum"],
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
    {
      name: "a record (one field per row) with neither a Sumber Data nor a PJ field",
      sheet: [
        ["Nama Indikator", ":", "Persentase surat yang diproses"],
        ["Definisi", ":", "Surat masuk yang selesai diproses"],
        ["Rumus", ":", "Surat diproses / surat masuk x 100%"],
        ["Satuan", ":", "%"],
      ],
      cells: ["A1", "A1"],
    },
  ],
};
