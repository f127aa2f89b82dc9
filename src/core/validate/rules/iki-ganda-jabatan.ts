import { depthOf } from "../../catalogue/cascading";
import { indicatorKey, where } from "./cascadeSupport";
import { PositionTable, WorkbookRule } from "./types";

/**
 * The same indicator in the IKI of two positions of the same level (jenjang, else depth under the
 * head): allowed (shared work), but worth a look, since each position's result should be its own.
 * Reported at every occurrence after the first, naming the first.
 */
export const ikiGandaJabatan: WorkbookRule = {
  id: "iki-ganda-jabatan",
  severity: "info",
  title: "IKI sama pada dua jabatan setingkat",
  scope: "workbook",
  check: (scope, report) => {
    const { katalog } = scope;
    const level = (t: PositionTable) =>
      t.jabatan.jenjang ?? `kedalaman-${depthOf(katalog, t.jabatan)}`;
    const first = new Map<string, { t: PositionTable; cell: string; sheet: string }>();
    for (const t of scope.tables) {
      for (const row of t.rows) {
        const key = `${level(t)}|${indicatorKey(row)}`;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { t, cell: row.cell, sheet: row.sheet });
          continue;
        }
        if (seen.t.jabatan.id === t.jabatan.id) continue; // one position's table twice
        report(
          { sheet: row.sheet, cell: row.cell, row: row.row },
          `"${row.indikator}" juga menjadi IKI ${seen.t.jabatan.nama} (${where(seen)}), jabatan setingkat dengan ${t.jabatan.nama}. Boleh, tetapi pastikan hasil kerja masing-masing jabatan dibedakan.`,
          row.entri ? { entri: row.entri } : {}
        );
      }
    }
  },
};
