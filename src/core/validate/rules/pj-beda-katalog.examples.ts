/** Valid and invalid examples of the rule pj-beda-katalog (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "the catalogue's PJ, in other words",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          pj: "Kepala Dinas Koperasi dan Usaha Mikro",
        },
      ],
    },
    {
      name: "an Excel error value in PJ is nilai-galat's finding, not a different PJ",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          pj: "#REF!",
        },
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          pj: "#N/A",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "another office",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          pj: "Bagian Perekonomian",
        },
      ],
      cells: ["F2"],
    },
  ],
};
