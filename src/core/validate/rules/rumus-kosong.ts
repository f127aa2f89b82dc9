import { address } from "../../grid";
import { formulaColumn } from "../detectTables";
import { entriRef, quote, usableKoreksi } from "./support";
import { RowRule } from "./types";

export const rumusKosong: RowRule = {
  id: "rumus-kosong",
  severity: "error",
  title: "Rumus kosong",
  scope: "row",
  check(row, report) {
    const { table, rumus, entri, indikator, r, grid } = row;
    const c = formulaColumn(table.columns);
    if (c === undefined) return; // no Rumus column: rumus-tidak-diperiksa
    // A cell with only a note ("Catatan : hari kerja dalam 1 tahun = 240 hari") has no formula.
    const note = rumus !== "" && row.parsed().formula === "" ? row.parsed().penjelasan : undefined;
    if (rumus !== "" && note === undefined) return;
    const fromKatalog = entri ? (usableKoreksi(entri) ?? entri.rumus) : "";
    const message =
      note === undefined
        ? `rumus kosong untuk indikator ${quote(indikator)}.`
        : `sel Rumus untuk indikator ${quote(indikator)} hanya berisi catatan (${quote(note, 40)}), tanpa rumus.`;
    report(r, c, message, {
      ...(fromKatalog
        ? {
            suggestion: fromKatalog,
            fix: { label: "Isi rumus dari katalog", cell: address(grid, r, c), value: fromKatalog },
          }
        : {}),
      ...entriRef(entri),
    });
  },
};
