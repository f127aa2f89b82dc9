/** Valid and invalid examples of the rule pj-kosong (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "filled",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", pj: "Sekretaris Camat" },
      ],
    },
    {
      name: "a merged cell covers the rows of a group",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", pj: "Sekretaris Camat" },
        { indikator: "Jumlah laporan", rumus: "Jumlah laporan", pj: "" },
      ],
      merges: ["F2:F3"],
    },
    {
      name: "an unnumbered row continues the group whose first row names the PJ",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", pj: "Sekretaris Camat" },
        { no: "", indikator: "Jumlah laporan", rumus: "Jumlah laporan", pj: "" },
      ],
    },
  ],
  invalid: [
    {
      name: "empty in a numbered row",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", pj: "Sekretaris Camat" },
        { indikator: "Jumlah laporan", rumus: "Jumlah laporan", pj: "" },
      ],
      cells: ["F3"],
    },
    {
      name: "a catalogue indicator gets the catalogue's PJ as its fix",
      rows: [
        {
          indikator: "Persentase koperasi aktif",
          rumus: "(Jumlah koperasi aktif / Jumlah seluruh koperasi) x 100%",
          pj: "",
        },
      ],
      cells: ["F2"],
    },
  ],
};
