import { address } from "../../grid";
import { entriRef, quote, usableKoreksi } from "./support";
import { RowRule } from "./types";

export const rumusKosong: RowRule = {
  id: "rumus-kosong",
  severity: "error",
  title: "Rumus kosong",
  scope: "row",
  check({ table, rumus, entri, indikator, r, grid }, report) {
    const c = table.columns.rumus;
    if (c === undefined || rumus !== "") return; // no Rumus column: rumus-tidak-diperiksa
    const fromKatalog = entri ? (usableKoreksi(entri) ?? entri.rumus) : "";
    report(r, c, `rumus kosong untuk indikator ${quote(indikator)}.`, {
      ...(fromKatalog
        ? {
            suggestion: fromKatalog,
            fix: { label: "Isi rumus dari katalog", cell: address(grid, r, c), value: fromKatalog },
          }
        : {}),
      ...entriRef(entri),
    });
  },
  examples: {
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
        name: "empty, for an indicator of its own and for a catalogue indicator",
        rows: [
          { indikator: "Jumlah rapat koordinasi", rumus: "" },
          { indikator: "Persentase koperasi aktif", rumus: "" },
        ],
        cells: ["D2", "D3"],
      },
    ],
  },
};
