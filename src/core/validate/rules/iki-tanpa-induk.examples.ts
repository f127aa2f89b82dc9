/** Valid and invalid examples of the rule iki-tanpa-induk (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER, positionSheet } from "./examples";

export const examples: RuleExamples = {
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
    {
      name: "the row names what it supports in the template's column: the finding is answered in the workbook",
      workbook: [
        {
          name: "Kasi Pem",
          sheet: [
            ["INDIKATOR KINERJA INDIVIDU (IKI)"],
            ["Jabatan", "Kasi Pemerintahan"],
            [],
            [...EXAMPLE_HEADER, "Indikator Atasan yang Didukung"],
            [
              "1",
              "Meningkatnya koordinasi",
              "Jumlah rapat dengan tokoh masyarakat",
              "Jumlah rapat",
              "Notulen",
              "Kasi Pemerintahan",
              "IKU 1.2: Persentase hasil fasilitasi yang ditindaklanjuti",
            ],
          ],
        },
        {
          name: "Staf",
          sheet: positionSheet("Pengadministrasi Umum Sie Pemerintahan", [
            { indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu" },
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
};
