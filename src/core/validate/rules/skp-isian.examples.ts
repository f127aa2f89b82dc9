/** Valid and invalid examples of the rule skp-isian (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { skpSheet } from "./examples";

const RHK = "Terlaksananya pembinaan pemerintahan desa";

export const examples: RuleExamples = {
  valid: [
    {
      name: "filled in",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhkPimpinan: "Meningkatnya tata kelola pemerintahan desa",
          rhk: RHK,
          aspek: "waktu",
          indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
          target: "90 %",
        },
      ]),
    },
  ],
  invalid: [
    {
      name: "the template's marks in target, aspect and the leader's RHK",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        {
          rhkPimpinan: "[RHK pimpinan yang diintervensi]",
          rhk: RHK,
          aspek: "[aspek]",
          indikator: "Persentase fasilitasi rekomendasi",
          target: "[target]",
        },
      ]),
      cells: ["B5", "D5", "F5"],
    },
    {
      name: "a JPT SKP's perspective",
      sheet: skpSheet(
        "Camat",
        [
          {
            perspektif: "[perspektif]",
            rhkPimpinan: "Meningkatnya kepuasan masyarakat",
            rhk: RHK,
            indikator: "Nilai IKM Kecamatan",
            target: "82",
          },
        ],
        "jpt"
      ),
      cells: ["B5"],
    },
  ],
};
