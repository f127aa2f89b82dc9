/** Valid and invalid examples of the rule nilai-galat (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a hash that is no error value",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "#Laporan 2024" },
      ],
    },
  ],
  invalid: [
    {
      name: "#REF! and #N/A",
      rows: [
        {
          indikator: "Jumlah rapat koordinasi",
          rumus: "Jumlah rapat",
          sumber: "#N/A",
          pj: "#REF!",
        },
      ],
      cells: ["F2", "E2"],
    },
  ],
};
