/** Whether a row is at IKU or sasaran level (issue #29): the level whose indicators are results. */
import type { RowScope } from "./types";

export function atIkuLevel(row: RowScope): boolean {
  // The table's title or sheet ("IKU ...", "Indikator Kinerja Utama") says it.
  if (row.tingkat) return row.tingkat === "iku";
  // Else the catalogue, where the row is one of its entries.
  if (row.entri) return row.entri.level !== "iki";
  // A Perjanjian Kinerja, Renstra or LKjIP table measures the unit's sasaran.
  return row.table.jenis === "pengukuran";
}
