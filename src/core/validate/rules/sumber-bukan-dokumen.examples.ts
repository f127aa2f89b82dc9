/** Valid and invalid examples of the rule sumber-bukan-dokumen (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a document",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "Notulen rapat" },
      ],
    },
    {
      name: "a unit's report",
      rows: [
        {
          indikator: "Jumlah rapat koordinasi",
          rumus: "Jumlah rapat",
          sumber: "Laporan Kecamatan",
        },
      ],
    },
    {
      name: "the catalogue's own Sumber Data",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          sumber: "Dinas Koperasi dan Usaha Mikro",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a unit, and the same text as the PJ",
      rows: [
        {
          indikator: "Jumlah rapat koordinasi",
          rumus: "Jumlah rapat",
          sumber: "Kecamatan Contoh",
        },
        {
          indikator: "Jumlah laporan",
          rumus: "Jumlah laporan",
          sumber: "Staf umum",
          pj: "Staf Umum",
        },
      ],
      cells: ["E2", "E3"],
    },
  ],
};
