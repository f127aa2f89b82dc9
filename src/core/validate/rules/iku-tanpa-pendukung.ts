import { ikuOf, positionsTopDown, supportersOf } from "../../catalogue/cascading";
import { carries, tableAt, tableOf } from "./cascadeSupport";
import { WorkbookRule } from "./types";

/**
 * An IKU of the unit that no position's IKI in the workbook supports. Reported at the table of
 * the position the catalogue expects to carry it (the first of the IKI that support it), else at
 * the table of the highest position in the workbook.
 */
export const ikuTanpaPendukung: WorkbookRule = {
  id: "iku-tanpa-pendukung",
  severity: "warning",
  title: "IKU unit tanpa IKI pendukung",
  scope: "workbook",
  check: (scope, report) => {
    const { katalog, unit, tables } = scope;
    const order = positionsTopDown(katalog, unit.id).map((j) => j.id);
    const highest = [...tables].sort(
      (a, b) => order.indexOf(a.jabatan.id) - order.indexOf(b.jabatan.id)
    )[0];
    for (const iku of ikuOf(katalog, unit.id)) {
      if (tables.some((t) => t.rows.some((row) => carries(katalog, row, iku)))) continue;
      const expected = supportersOf(katalog, iku.id);
      const holder = expected
        .flatMap((e) => e.jabatan ?? [])
        .map((id) => tableOf(scope, katalog.jabatan(id)))
        .find((t) => t !== undefined);
      const at = holder ?? highest;
      const nomor = iku.nomor ? `IKU ${iku.nomor} ` : "IKU ";
      const hint =
        expected.length > 0
          ? `Menurut katalog, IKU ini didukung oleh: ${expected
              .map(
                (e) =>
                  `"${e.indikator}" (${(e.jabatan ?? []).map((j) => katalog.jabatan(j)?.nama ?? j).join(", ")})`
              )
              .join("; ")}.`
          : "Katalog belum mencatat IKI yang mendukungnya: tetapkan IKI jabatan yang ikut mewujudkannya.";
      report(
        tableAt(at),
        `${nomor}${unit.nama} "${iku.indikator}" tidak didukung IKI jabatan mana pun yang diperiksa (${tables.length} tabel IKI, ${new Set(tables.map((t) => t.jabatan.id)).size} jabatan). ${hint}`,
        { entri: iku.id }
      );
    }
  },
};
