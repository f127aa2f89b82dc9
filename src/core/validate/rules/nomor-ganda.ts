import { address } from "../../grid";
import { RowRule } from "./types";

export const nomorGanda: RowRule = {
  id: "nomor-ganda",
  severity: "warning",
  title: "Nomor ganda",
  scope: "row",
  check({ number, previousNumber, repeatedCode, r, table, grid }, report) {
    if (repeatedCode) {
      report(r, table.columns.no!, `kode ${repeatedCode} sudah dipakai baris lain di tabel ini.`);
      return;
    }
    if (number === undefined || previousNumber === undefined || number !== previousNumber) return;
    // A one-click renumbering of this cell only: the rows below keep their numbers (the next
    // check says if they now repeat), and nothing but the No cell is written.
    report(r, table.columns.no!, `nomor ${number} dipakai dua kali.`, {
      suggestion: `Ganti dengan ${number + 1}.`,
      fix: {
        label: `Ganti nomor dengan ${number + 1}`,
        cell: address(grid, r, table.columns.no!),
        value: String(number + 1),
      },
    });
  },
  examples: {
    valid: [
      {
        name: "1, 2, 3",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100%",
          },
          { indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
          { indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
        ],
      },
      {
        name: "distinct IKK codes",
        rows: [
          { no: "1.a.1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
          { no: "1.a.2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
        ],
      },
      {
        name: "rows without a number continue the group above",
        rows: [
          {
            indikator: "Persentase surat yang diproses",
            rumus: "Surat diproses / surat masuk x 100%",
          },
          { no: "", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
          { no: "2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
        ],
      },
    ],
    invalid: [
      {
        name: "an IKK code used again further down",
        rows: [
          { no: "1.a.1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
          { no: "1.a.2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
          { no: "1.a.1", indikator: "Jumlah surat", rumus: "Jumlah surat yang dikirim" },
        ],
        cells: ["A4"],
      },
      {
        name: "15 twice (as in a seed)",
        rows: [
          { no: "15", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
          { no: "15.", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
        ],
        cells: ["A3"],
      },
    ],
  },
};
