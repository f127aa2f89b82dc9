/** Valid and invalid examples of the rule rumus-tidak-diperiksa (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a table with a Rumus column",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
    {
      name: "a plan table (targets, a Sumber Data column, no formula): its indicators are defined elsewhere",
      sheet: [
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Sumber Data"],
        [
          "1",
          "Meningkatnya pelayanan",
          "Persentase surat yang diproses",
          "%",
          "100",
          "Agenda surat",
        ],
      ],
    },
  ],
  invalid: [
    {
      name: "Sasaran, Indikator, Satuan, Sumber Data, Penanggung Jawab and no formula column",
      sheet: [
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Sumber Data", "Penanggung Jawab"],
        [
          "1",
          "Meningkatnya pelayanan",
          "Persentase surat yang diproses",
          "%",
          "Agenda surat",
          "Sekretaris Kecamatan",
        ],
      ],
      cells: ["C1"],
    },
  ],
};
