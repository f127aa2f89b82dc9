/** Valid and invalid examples of the rule rumus-kosong (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a formula",
      rows: [{ indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat" }],
    },
    {
      name: "a formula merged over two rows",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat" },
        { indikator: "Jumlah rapat evaluasi", rumus: "" },
      ],
      merges: ["D2:D3"],
    },
  ],
  invalid: [
    {
      name: "only dashes, and only a note",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "-" },
        {
          indikator: "Persentase kehadiran pegawai",
          rumus: "Catatan :\nhari kerja dalam 1 tahun\n= 240 hari kerja efektif.",
        },
      ],
      cells: ["D2", "D3"],
    },
    {
      name: "empty, for an indicator of its own and for a catalogue indicator",
      rows: [
        { indikator: "Jumlah rapat koordinasi", rumus: "" },
        { indikator: "Persentase koperasi aktif", rumus: "" },
      ],
      cells: ["D2", "D3"],
    },
  ],
};
