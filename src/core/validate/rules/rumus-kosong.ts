import { address } from "../../grid";
import { cellOf, entriRef, quote, usableKoreksi } from "./support";
import { RowRule } from "./types";

export const rumusKosong: RowRule = {
  id: "rumus-kosong",
  severity: "error",
  title: "Rumus kosong",
  scope: "row",
  check(row, report) {
    const { rumus, entri, indikator, grid } = row;
    const cell = cellOf(row, "rumus");
    if (cell === undefined) return; // no Rumus column: rumus-tidak-diperiksa
    // A cell with only a note ("Catatan : hari kerja dalam 1 tahun = 240 hari") has no formula.
    const note = rumus !== "" && row.parsed().formula === "" ? row.parsed().penjelasan : undefined;
    if (rumus !== "" && note === undefined) return;
    const fromKatalog = entri ? (usableKoreksi(entri) ?? entri.rumus) : "";
    const message =
      note === undefined
        ? `rumus kosong untuk indikator ${quote(indikator)}.`
        : `sel Rumus untuk indikator ${quote(indikator)} hanya berisi catatan (${quote(note, 40)}), tanpa rumus.`;
    report(cell.r, cell.c, message, {
      ...(fromKatalog
        ? {
            suggestion: fromKatalog,
            fix: {
              label: "Isi rumus dari katalog",
              cell: address(grid, cell.r, cell.c),
              value: fromKatalog,
              ...(note === undefined ? { isiKosong: true } : {}),
            },
          }
        : {}),
      ...entriRef(entri),
    });
  },
};
