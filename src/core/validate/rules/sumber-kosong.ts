import { checkEmpty } from "./emptyCell";
import { RowRule } from "./types";

export const sumberKosong: RowRule = {
  id: "sumber-kosong",
  severity: "error",
  title: "Sumber Data kosong",
  scope: "row",
  check: (row, report) => checkEmpty(row, report, "sumber"),
};
