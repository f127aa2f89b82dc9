/** Valid and invalid examples of the rule skp-rhk-tanpa-indikator (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { skpSheet } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "one RHK merged over its two indicators",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: "Terlaksananya pembinaan pemerintahan desa",
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 %",
        },
        {
          no: "",
          rhk: "",
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan APBDes Tepat Waktu",
          target: "90 %",
        },
      ]),
      merges: ["A5:A6", "C5:C6"],
    },
  ],
  invalid: [
    {
      name: "the second RHK, last in the table, has no indicator",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhk: "Terlaksananya pembinaan pemerintahan desa",
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 %",
        },
        { rhk: "Terlaksananya fasilitasi ketenteraman", indikator: "", target: "" },
      ]),
      cells: ["C6"],
    },
  ],
};
