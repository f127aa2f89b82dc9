import { atasanOf } from "../../catalogue/cascading";
import { ikuCarried, indicatorKey, tableAt, tableOf, tablesOf, where } from "./cascadeSupport";
import { WorkbookRule } from "./types";

/**
 * An IKI that supports no IKU of the unit and is not an indicator of the position above (by the
 * catalogue, or in that position's table in the workbook): its place in the cascade is not said.
 */
export const ikiTanpaInduk: WorkbookRule = {
  id: "iki-tanpa-induk",
  severity: "info",
  title: "IKI tanpa induk",
  scope: "workbook",
  check: (scope, report) => {
    const { katalog, unit } = scope;
    for (const t of scope.tables) {
      const atasan = atasanOf(katalog, t.jabatan);
      const atasanTable = tableOf(scope, atasan);
      const atasanKeys = new Set(tablesOf(scope, atasan).flatMap((x) => x.rows.map(indicatorKey)));
      for (const row of t.rows) {
        // The row names what it supports (the template's "Indikator Atasan yang Didukung").
        if (row.induk) continue;
        if (ikuCarried(scope, row)) continue;
        const entri = row.entri ? katalog.entri(row.entri) : undefined;
        const induk = entri?.induk ? katalog.entri(entri.induk) : undefined;
        if (atasan) {
          // The position above carries it, or the entry it supports (roll-up and cascading).
          if (entri?.jabatan?.includes(atasan.id) || induk?.jabatan?.includes(atasan.id)) continue;
          if (atasanKeys.has(indicatorKey(row))) continue;
          if (induk && atasanKeys.has(`entri:${induk.id}`)) continue;
        }
        const upper = atasan
          ? ` dan bukan indikator atasannya (${atasan.nama}${atasanTable ? `, ${where(tableAt(atasanTable))}` : ""})`
          : "";
        report(
          { sheet: row.sheet, cell: row.cell, row: row.row },
          `"${row.indikator}" (${t.jabatan.nama}) tidak mendukung IKU ${unit.nama} mana pun${upper}. Tuliskan IKU atau indikator atasan yang didukungnya (templat Asisten IKI: kolom "Indikator Atasan yang Didukung"), agar cascading-nya terbaca.`,
          row.entri ? { entri: row.entri } : {}
        );
      }
    }
  },
};
