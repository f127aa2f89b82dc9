import { checkEmpty } from "./emptyCell";
import { RowRule } from "./types";

export const pjKosong: RowRule = {
  id: "pj-kosong",
  severity: "error",
  title: "Penanggung Jawab kosong",
  scope: "row",
  check: (row, report) => checkEmpty(row, report, "pj"),
};
