import { tableRows } from "../detectTables";
import { quote } from "./support";
import { TableRule } from "./types";

/**
 * An SKP's RHK with no indicator under it: PermenPAN-RB 6/2022 measures every RHK by at least
 * one indicator. An RHK is the text of its (possibly merged) cell; its rows run to the next RHK.
 */
export const skpRhkTanpaIndikator: TableRule = {
  id: "skp-rhk-tanpa-indikator",
  severity: "error",
  title: "RHK tanpa indikator",
  scope: "table",
  check({ table, reader }, report) {
    const rhkCol = table.columns.sasaran;
    const indCol = table.columns.indikator;
    if (table.jenis !== "skp" || rhkCol === undefined || indCol === undefined) return;
    const first = table.lastHeaderRow + 1;
    let last = tableRows(table)[1];
    // Rows after the last indicator that still hold an RHK belong to the table too.
    const height = reader.grid.values.length;
    while (last + 1 < height && reader.ownText(last + 1, rhkCol).trim() !== "") last++;
    const starts: number[] = [];
    for (let r = first; r <= last; r++) if (reader.ownText(r, rhkCol).trim() !== "") starts.push(r);
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? last + 1) - 1;
      for (let r = start; r <= end; r++) if (reader.text(r, indCol).trim() !== "") return;
      report(
        start,
        rhkCol,
        `RHK ${quote(reader.ownText(start, rhkCol).trim())} tidak memiliki indikator kinerja individu.`,
        {
          suggestion:
            "Tambahkan sedikitnya satu indikator beserta aspek dan targetnya di bawah RHK ini.",
        }
      );
    });
  },
};
