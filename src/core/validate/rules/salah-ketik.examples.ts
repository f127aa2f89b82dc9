/** Valid and invalid examples of the rule salah-ketik (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "spelt as in the catalogue",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
        },
      ],
    },
    {
      name: "an indicator of its own",
      rows: [{ indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat" }],
    },
  ],
  invalid: [
    {
      name: "one letter dropped",
      rows: [
        {
          indikator: "Persentase koprasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
        },
      ],
      cells: ["C2"],
    },
  ],
};
