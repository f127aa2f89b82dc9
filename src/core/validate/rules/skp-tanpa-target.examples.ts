/** Valid and invalid examples of the rule skp-tanpa-target (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER, skpSheet } from "./examples";

const RHK = "Terlaksananya pembinaan pemerintahan desa";

export const examples: RuleExamples = {
  valid: [
    {
      name: "every indicator has a target",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 %",
        },
      ]),
    },
    {
      name: "the template's mark is left to skp-isian",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "[target]",
        },
      ]),
    },
    {
      name: "an IKI table without a target column is not an SKP",
      sheet: [
        EXAMPLE_HEADER,
        ["1", RHK, "Jumlah rapat koordinasi", "Jumlah rapat", "Notulen", "Kasi"],
      ],
    },
  ],
  invalid: [
    {
      name: "the second indicator has none",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 %",
        },
        { rhk: RHK, no: "", aspek: "kuantitas", indikator: "Jumlah desa yang dibina", target: "" },
      ]),
      merges: ["C5:C6", "A5:A6"],
      cells: ["F6"],
    },
  ],
};
