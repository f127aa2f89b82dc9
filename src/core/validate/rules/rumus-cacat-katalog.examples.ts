/** Valid and invalid examples of the rule rumus-cacat-katalog (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a decree formula whose defect has no correction to change to (the Katalog panel shows it)",
      rows: [{ indikator: "Indeks kualitas udara", rumus: "100 - ((50 / 0,9) x (Ieu - 0,1))" }],
    },
    {
      name: "the corrected formula",
      rows: [
        {
          indikator: "Indeks kualitas tutupan lahan",
          rumus: "100 - ((84,3 - (TH x 100)) x (50/54,3))",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the decree's formula with its unbalanced parenthesis",
      rows: [
        {
          indikator: "Indeks kualitas tutupan lahan",
          rumus: "100 - ((84,3 - (TH x 100) x (50/54,3))",
        },
      ],
      cells: ["D2"],
    },
  ],
};
