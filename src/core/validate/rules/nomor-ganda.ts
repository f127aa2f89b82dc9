import { address } from "../../grid";
import { RowRule } from "./types";

export const nomorGanda: RowRule = {
  id: "nomor-ganda",
  severity: "warning",
  title: "Nomor ganda",
  scope: "row",
  check({ number, previousNumber, repeatedCode, r, table, grid }, report) {
    if (table.columns.no === undefined) return;
    if (repeatedCode) {
      report(r, table.columns.no, `kode ${repeatedCode} sudah dipakai baris lain di tabel ini.`);
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
};
