/** Valid and invalid examples of the rule nomor-loncat (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "consecutive numbers",
      rows: [
        { no: "1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
    {
      name: "numbering starting again lower is a new list, not a jump",
      rows: [
        { no: "3", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "1", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
  ],
  invalid: [
    {
      name: "2 then 4",
      rows: [
        { no: "2", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "4", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
      cells: ["A3"],
    },
  ],
};
