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
  examples: {
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
  },
};
