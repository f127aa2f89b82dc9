/** Valid and invalid examples of the rule basis-pertumbuhan-salah (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "over the previous year",
      rows: [
        {
          indikator: "Pertumbuhan jumlah UMKM",
          rumus: "(Jumlah UMKM tahun n - Jumlah UMKM tahun n-1) / Jumlah UMKM tahun n-1 x 100%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "over the current year",
      rows: [
        {
          indikator: "Pertumbuhan jumlah UMKM",
          rumus: "(Jumlah UMKM tahun n - Jumlah UMKM tahun n-1) / Jumlah UMKM tahun n x 100%",
        },
      ],
      cells: ["D2"],
    },
  ],
};
