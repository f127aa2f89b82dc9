/** Valid and invalid examples of the rule rhk-pimpinan-tak-dikenal (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { positionSheet, skpSheet } from "./examples";

const RKP = "Persentase Desa yang menetapkan RKPDes Tepat Waktu";
const LEADER_RHK = "Terlaksananya Pembinaan dan Pengawasan kepada Pemerintah Desa";

/** The Kasi Pemerintahan's IKI table: the leader of its staff (Pengadministrasi Umum). */
const leader = {
  name: "IKI Kasi Pem",
  sheet: positionSheet("Kepala Seksi Pemerintahan", [{ sasaran: LEADER_RHK, indikator: RKP }]),
};

export const examples: RuleExamples = {
  valid: [
    {
      name: "names the leader's RHK as the leader's table writes it",
      workbook: [
        leader,
        {
          name: "SKP Staf",
          sheet: skpSheet("Pengadministrasi Umum Seksi Pemerintahan", [
            {
              rhkPimpinan: LEADER_RHK,
              rhk: "Tersusunnya dokumen fasilitasi desa",
              aspek: "kuantitas",
              indikator: "Jumlah Dokumen yang Difasilitasi",
              target: "12 dokumen",
            },
          ]),
        },
      ],
    },
    {
      name: "the leader's table is not in the workbook: nothing to compare with",
      workbook: [
        {
          name: "SKP Staf",
          sheet: skpSheet("Pengadministrasi Umum Seksi Pemerintahan", [
            {
              rhkPimpinan: "Sesuatu yang lain",
              rhk: "Tersusunnya dokumen fasilitasi desa",
              aspek: "kuantitas",
              indikator: "Jumlah Dokumen yang Difasilitasi",
              target: "12 dokumen",
            },
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an RHK the leader does not have",
      workbook: [
        leader,
        {
          name: "SKP Staf",
          sheet: skpSheet("Pengadministrasi Umum Seksi Pemerintahan", [
            {
              rhkPimpinan: "Meningkatnya pengawasan desa",
              rhk: "Tersusunnya dokumen fasilitasi desa",
              aspek: "kuantitas",
              indikator: "Jumlah Dokumen yang Difasilitasi",
              target: "12 dokumen",
            },
          ]),
        },
      ],
      cells: ["SKP Staf!E5"],
    },
  ],
};
