/** Valid and invalid examples of the rule target-absolut (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { skpSheet } from "./examples";

const RHK = "Terlaksananya pembinaan pemerintahan desa";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a measured target",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 % desa",
        },
      ]),
    },
    {
      name: '"semuanya" is not the word "semua"',
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "kuantitas",
          indikator: "Jumlah laporan yang semuanya diverifikasi",
          target: "12 laporan",
        },
      ]),
    },
  ],
  invalid: [
    {
      name: "the two absolute targets the annex of PermenPAN-RB 8/2021 gives as examples (p. 34)",
      sheet: skpSheet("Kepala Seksi Pelayanan Umum", [
        {
          rhk: "Terprosesnya klaim",
          aspek: "waktu",
          indikator: "Persentase klaim yang diproses tepat waktu",
          target: "Pemrosesan klaim selalu tepat waktu, efisien, dan berkualitas.",
        },
        {
          rhk: "Terprosesnya klaim",
          no: "2",
          aspek: "waktu",
          indikator: "Rata-rata waktu pemrosesan klaim",
          target: "Semua pemrosesan klaim dilakukan dengan waktu cepat.",
        },
      ]),
      cells: ["F5", "F6"],
    },
    {
      name: '"semua" and "setiap" in targets; an indicator\'s "Semua Aspek" is no target',
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "semua desa",
        },
        {
          rhk: RHK,
          no: "2",
          aspek: "waktu",
          indikator: "Jumlah laporan bulanan",
          target: "setiap bulan",
        },
        {
          rhk: RHK,
          no: "3",
          aspek: "kuantitas",
          indikator: "Jumlah keluarga yang memahami Pancasila dalam Semua Aspek Kehidupan",
          target: "40 keluarga",
        },
      ]),
      cells: ["F5", "F6"],
    },
  ],
};
