/** Valid and invalid examples of the rule iki-ganda-jabatan (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { positionSheet } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a Kasubag's IKI rolled up into the Sekcam's (different levels)",
      workbook: [
        {
          name: "Sekcam",
          sheet: positionSheet("Sekretaris Kecamatan", [
            { indikator: "Persentase Pemeliharaan Barang Milik Daerah" },
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
      name: "two Pengadministrasi Umum with the same document count",
      workbook: [
        {
          name: "Staf Pem",
          sheet: positionSheet("Pengadministrasi Umum Seksi Pemerintahan", [
            {
              indikator:
                "Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
            },
          ]),
        },
        {
          name: "Staf PMD",
          sheet: positionSheet("Pengadministrasi Umum Seksi Pemberdayaan Masyarakat", [
            {
              indikator: "Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat",
            },
            {
              indikator:
                "Jumlah Dokumen Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat yang Dilakukan oleh Pemerintah dan Swasta di Wilayah Kerja Kecamatan",
            },
          ]),
        },
      ],
      cells: ["Staf PMD!C6"],
    },
  ],
};
