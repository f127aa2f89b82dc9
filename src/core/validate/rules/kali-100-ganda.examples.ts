/** Valid and invalid examples of the rule kali-100-ganda (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "an average of percentages",
      rows: [{ indikator: "Rata-rata capaian seksi", rumus: "(Persentase A + Persentase B) / 2" }],
    },
    {
      name: "a fraction with a worked example and its result after it",
      rows: [
        {
          indikator: "Persentase desa dengan APBDes tepat waktu",
          rumus: "A\n----- x 100 %   (7.012/10.456) x 100 % = 67,06\nB",
        },
      ],
    },
    {
      name: "an average of counts times 100 is an index",
      rows: [{ indikator: "Indeks layanan", rumus: "(Nilai A + Nilai B) / 2 x 100" }],
    },
  ],
  invalid: [
    {
      name: "percentages averaged and multiplied again",
      rows: [
        {
          indikator: "Rata-rata capaian seksi",
          rumus: "(Persentase A + Persentase B) / 2 x 100%",
        },
      ],
      cells: ["D2"],
    },
    {
      name: "a fraction multiplied by 100 twice",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100 x 100%",
        },
      ],
      cells: ["D2"],
    },
  ],
};
