/** Valid and invalid examples of the rule skp-iki-tidak-cocok (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { positionSheet, skpSheet } from "./examples";

const RKP = "Persentase Desa yang menetapkan RKPDes Tepat Waktu";
const APB = "Persentase Desa yang menetapkan APBDes Tepat Waktu";
const RHK = "Terlaksananya Pembinaan dan Pengawasan kepada Pemerintah Desa";

export const examples: RuleExamples = {
  valid: [
    {
      name: "the SKP carries every IKI of the position",
      workbook: [
        {
          name: "IKI Kasi Pem",
          sheet: positionSheet("Kepala Seksi Pemerintahan", [
            { indikator: RKP },
            { indikator: APB },
          ]),
        },
        {
          name: "SKP Kasi Pem",
          sheet: skpSheet("Kepala Seksi Pemerintahan", [
            { rhk: RHK, aspek: "waktu", indikator: RKP, target: "90 %" },
            { rhk: RHK, no: "2", aspek: "waktu", indikator: APB, target: "90 %" },
          ]),
        },
      ],
    },
    {
      name: "an SKP without its IKI table in the workbook is compared with nothing",
      workbook: [
        {
          name: "SKP Kasi Pem",
          sheet: skpSheet("Kepala Seksi Pemerintahan", [
            { rhk: RHK, aspek: "waktu", indikator: RKP, target: "90 %" },
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "APBDes left out of the SKP, a count added that the IKI table lacks",
      workbook: [
        {
          name: "IKI Kasi Pem",
          sheet: positionSheet("Kepala Seksi Pemerintahan", [
            { indikator: RKP },
            { indikator: APB },
          ]),
        },
        {
          name: "SKP Kasi Pem",
          sheet: skpSheet("Kepala Seksi Pemerintahan", [
            { rhk: RHK, aspek: "waktu", indikator: RKP, target: "90 %" },
            {
              rhk: RHK,
              no: "2",
              aspek: "kuantitas",
              indikator: "Jumlah desa yang dikunjungi",
              target: "10 desa",
            },
          ]),
        },
      ],
      cells: ["IKI Kasi Pem!C6", "SKP Kasi Pem!E6"],
    },
  ],
};
