import { RowRule } from "./types";

export const nomorLoncat: RowRule = {
  id: "nomor-loncat",
  severity: "warning",
  title: "Nomor meloncat",
  scope: "row",
  check({ number, previousNumber, r, table }, report) {
    if (number === undefined || previousNumber === undefined || number <= previousNumber + 1)
      return;
    const missing =
      number - previousNumber === 2
        ? `${previousNumber + 1}`
        : `${previousNumber + 1}-${number - 1}`;
    report(
      r,
      table.columns.no!,
      `nomor meloncat dari ${previousNumber} ke ${number} (nomor ${missing} tidak ada).`
    );
  },
};
