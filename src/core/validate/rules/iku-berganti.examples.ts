/** Valid and invalid examples of the rule iku-berganti (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER } from "./examples";

/** An IKU sheet: title in row 1, header in row 3, rows from row 4 (indicators in column C). */
function iku(rows: Array<[string, string]>): (string | number | null)[][] {
  return [
    ["INDIKATOR KINERJA UTAMA (IKU) DINAS CONTOH"],
    [],
    [...EXAMPLE_HEADER],
    ...rows.map(([indikator, rumus], i) => [
      String(i + 1),
      "Meningkatnya kualitas pelayanan publik",
      indikator,
      rumus,
      "Laporan",
      "Kepala Dinas",
    ]),
  ];
}

const APBDES: [string, string] = [
  "Persentase desa yang menetapkan APBDes tepat waktu",
  "Jumlah desa yang menetapkan APBDes tepat waktu / Jumlah desa x 100%",
];
const PENGADUAN: [string, string] = [
  "Persentase pengaduan masyarakat yang ditindaklanjuti",
  "Jumlah pengaduan yang ditindaklanjuti / Jumlah pengaduan yang diterima x 100%",
];
const LAMA = [{ name: "IKU 2024", sheet: iku([APBDES, PENGADUAN]) }];

export const examples: RuleExamples = {
  valid: [
    {
      name: "the same IKU, one reworded and one renamed with the same formula",
      lama: LAMA,
      workbook: [
        {
          name: "IKU 2025",
          sheet: iku([
            ["Persentase Desa yang Menetapkan APBDes Tepat Waktu", APBDES[1]],
            [
              "Tingkat penyelesaian pengaduan",
              "(Jumlah pengaduan yang ditindaklanjuti : Jumlah pengaduan yang diterima) x 100",
            ],
          ]),
        },
      ],
    },
    {
      name: "the earlier workbook holds no IKU table: nothing to compare",
      lama: [{ name: "Catatan", sheet: [["Catatan rapat"], ["Tidak ada tabel"]] }],
      workbook: [{ name: "IKU 2025", sheet: iku([APBDES]) }],
    },
    {
      name: "one placeholder formula on every row does not make two indicators one",
      lama: [
        {
          name: "IKU 2024",
          sheet: iku([["Persentase desa tertib administrasi", "Jumlah A / Jumlah B x 100%"]]),
        },
      ],
      workbook: [
        {
          name: "IKU 2025",
          sheet: iku([["Persentase desa tertib administrasi", "Jumlah A / Jumlah B x 100%"]]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an IKU replaced by an output: the new one at its cell, the dropped one at the header",
      lama: LAMA,
      workbook: [
        {
          name: "IKU 2025",
          sheet: iku([
            APBDES,
            ["Jumlah sosialisasi pelayanan", "Jumlah kegiatan sosialisasi yang dilaksanakan"],
          ]),
        },
      ],
      cells: ["IKU 2025!C5", "IKU 2025!A3"],
    },
    {
      name: "two IKU with the same placeholder formula are still told apart by their wording",
      lama: [
        {
          name: "IKU 2024",
          sheet: iku([
            ["Persentase desa tertib administrasi", "Jumlah A / Jumlah B x 100%"],
            ["Persentase ASN yang disiplin", "Jumlah A / Jumlah B x 100%"],
          ]),
        },
      ],
      workbook: [
        {
          name: "IKU 2025",
          sheet: iku([
            ["Persentase desa tertib administrasi", "Jumlah A / Jumlah B x 100%"],
            ["Indeks kepuasan masyarakat", "Jumlah A / Jumlah B x 100%"],
          ]),
        },
      ],
      cells: ["IKU 2025!C5", "IKU 2025!A3"],
    },
  ],
};
