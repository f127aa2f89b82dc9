/** Valid and invalid examples of the rule tabel-tidak-dikenali (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a complete IKI table",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
    {
      name: "a Target/Realisasi table without indicators is no header",
      sheet: [
        ["Target", "Realisasi"],
        ["10", "8"],
      ],
    },
  ],
  invalid: [
    {
      name: "Sumber Data and Penanggung Jawab with no Indikator column",
      sheet: [
        ["No", "Uraian Kegiatan", "Sumber Data", "Penanggung Jawab"],
        ["1", "Rapat koordinasi", "Notulen", "Sekretaris Camat"],
      ],
      cells: ["A1"],
    },
  ],
};
