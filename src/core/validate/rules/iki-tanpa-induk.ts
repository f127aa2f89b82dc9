import { atasanOf } from "../../catalogue/cascading";
import { ikuCarried, indicatorKey, tableAt, tableOf, tablesOf, where } from "./cascadeSupport";
import { positionSheet } from "./examples";
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
          `"${row.indikator}" (${t.jabatan.nama}) tidak mendukung IKU ${unit.nama} mana pun${upper}. Tuliskan IKU atau indikator atasan yang didukungnya, agar cascading-nya terbaca.`,
          row.entri ? { entri: row.entri } : {}
        );
      }
    }
  },
  examples: {
    valid: [
      {
        name: "supports IKU 1.3 (catalogue link), and the Kasubag's IKI is also the Sekcam's",
        workbook: [
          {
            name: "Kasi Pem",
            sheet: positionSheet("Kepala Seksi Pemerintahan", [
              { indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu" },
            ]),
          },
          {
            name: "Kasubag",
            sheet: positionSheet("Kasubag Umum dan Kepegawaian", [
              { indikator: "Persentase Pemeliharaan Barang Milik Daerah" },
            ]),
          },
        ],
      },
    ],
    invalid: [
      {
        name: "a Kasi's IKI with no IKU (the head is above it); a staff IKI only where the Kasi lacks it",
        workbook: [
          {
            name: "Kasi Pem",
            sheet: positionSheet("Kasi Pemerintahan", [
              { indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu" },
              { indikator: "Persentase Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum" },
              { indikator: "Jumlah rapat dengan tokoh masyarakat" },
            ]),
          },
          {
            name: "Staf",
            sheet: positionSheet("Pengadministrasi Umum Sie Pemerintahan", [
              { indikator: "Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan" },
              { indikator: "Jumlah Rapat dengan Tokoh Masyarakat" },
            ]),
          },
        ],
        cells: ["Kasi Pem!C6", "Kasi Pem!C7", "Staf!C5"],
      },
      {
        name: "the position above's IKI split over two sheets: a row on either links",
        workbook: [
          {
            name: "Sekcam1",
            sheet: positionSheet("Sekretaris Kecamatan", [
              { indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti" },
            ]),
          },
          {
            name: "Sekcam2",
            sheet: positionSheet("Sekretaris Kecamatan", [
              { indikator: "Jumlah rapat koordinasi staf" },
            ]),
          },
          {
            name: "Kasubag",
            sheet: positionSheet("Kasubag Umum dan Kepegawaian", [
              { indikator: "Jumlah rapat koordinasi staf" },
            ]),
          },
        ],
        cells: ["Sekcam2!C5"],
      },
    ],
  },
};
