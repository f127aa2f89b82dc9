/** Valid and invalid examples of the rule ringkasan-salah-hitung (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { MEASUREMENT_HEADER as HEADER } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "an average of capaian as shown (86,25 for 75, 95,5, 88,25)",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase arsip yang tertata", "%", 100, 95.5, 95.5],
        ["3", "Persentase desa yang menetapkan APBDes tepat waktu", "%", 100, 88.25, 88.25],
        ["Rata-rata Capaian", null, null, null, null, "86,25"],
      ],
      merges: ["A5:C5"],
    },
    {
      name: "a misspelt label, a Jumlah of targets and realisations, and the capaian's average under Jumlah",
      sheet: [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Jumlah kegiatan sosialisasi", "kegiatan", 10, 8, 80],
        ["2", "Jumlah rapat koordinasi", "kali", 12, 12, 100],
        [null, "Jumlah", null, 22, 20, 90],
        [null, "Rata-rata Capain Kinerja", null, null, null, "90,00"],
      ],
    },
    {
      name: "an Excel formula in the summary row is Excel's to compute",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase arsip yang tertata", "%", 100, 95, 95],
        ["Rata-rata", null, null, null, null, "=AVERAGE(F2:F3)"],
      ],
    },
  ],
  invalid: [
    {
      name: "a wrong average of capaian (a planted error: 90 where the rows give 85)",
      sheet: [
        HEADER,
        ["1", "Persentase surat yang diproses", "%", 80, 60, 75],
        ["2", "Persentase arsip yang tertata", "%", 100, 95, 95],
        ["Rata-rata Capaian", null, null, null, null, 90],
      ],
      merges: ["A4:C4"],
      cells: ["F4"],
    },
    {
      name: "a wrong Jumlah of realisations and of targets",
      sheet: [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Jumlah kegiatan sosialisasi", "kegiatan", 10, 8, 80],
        ["2", "Jumlah rapat koordinasi", "kali", 12, 12, 100],
        [null, "Jumlah", null, 23, 21, 90],
      ],
      cells: ["D4", "E4"],
    },
  ],
};
