/** Valid and invalid examples of the rule indikator-tidak-dikenal (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a catalogue indicator",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an indicator of its own",
      rows: [{ indikator: "Jumlah rapat koordinasi lintas sektor", rumus: "Jumlah rapat" }],
      cells: ["C2"],
    },
  ],
};
