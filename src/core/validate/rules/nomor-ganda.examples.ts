/** Valid and invalid examples of the rule nomor-ganda (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "1, 2, 3",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
    {
      name: "distinct IKK codes",
      rows: [
        { no: "1.a.1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "1.a.2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
    {
      name: "rows without a number continue the group above",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
        { no: "", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
  ],
  invalid: [
    {
      name: "an IKK code used again further down",
      rows: [
        { no: "1.a.1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "1.a.2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
        { no: "1.a.1", indikator: "Jumlah surat", rumus: "Jumlah surat yang dikirim" },
      ],
      cells: ["A4"],
    },
    {
      name: "15 twice (as in a seed)",
      rows: [
        { no: "15", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "15.", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
      cells: ["A3"],
    },
  ],
};
