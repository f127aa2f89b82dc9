import { checkEmpty } from "./emptyCell";
import { RowRule } from "./types";

export const sumberKosong: RowRule = {
  id: "sumber-kosong",
  severity: "error",
  title: "Sumber Data kosong",
  scope: "row",
  check: (row, report) => checkEmpty(row, report, "sumber"),
  examples: {
    valid: [
      {
        name: "filled",
        rows: [
          { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "Notulen rapat" },
        ],
      },
      {
        name: "merged over two indicators",
        rows: [
          { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "Notulen rapat" },
          { indikator: "Jumlah rapat evaluasi", rumus: "Jumlah rapat", sumber: "" },
        ],
        merges: ["E2:E3"],
      },
    ],
    invalid: [
      {
        name: "empty",
        rows: [{ indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat", sumber: "" }],
        cells: ["E2"],
      },
    ],
  },
};
