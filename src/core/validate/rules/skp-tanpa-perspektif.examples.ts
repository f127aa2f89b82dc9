/** Valid and invalid examples of the rule skp-tanpa-perspektif (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { skpSheet } from "./examples";

const RHK = "Meningkatnya kualitas pelayanan kecamatan";

export const examples: RuleExamples = {
  valid: [
    {
      name: "the JPT example row of the annex of PermenPAN-RB 8/2021 (p. 243)",
      sheet: skpSheet(
        "Direktur Jenderal",
        [
          {
            perspektif: "Anggaran",
            rhk: "Pengelolaan anggaran Program Pembinaan dan Pengembangan Infrastruktur Permukiman yang optimal",
            indikator: "Nilai Indikator Kinerja Pelaksanaan Anggaran Direktorat Jenderal III",
            target: "95",
          },
        ],
        "jpt"
      ),
    },
    {
      name: "each RHK has its perspective",
      sheet: skpSheet(
        "Camat",
        [
          {
            perspektif: "Penerima Layanan",
            rhk: RHK,
            indikator: "Nilai IKM Kecamatan",
            target: "82",
          },
        ],
        "jpt"
      ),
    },
    {
      name: "a JA SKP has no perspective column",
      sheet: skpSheet("Kepala Seksi Pemerintahan", [
        { rhk: RHK, aspek: "kualitas", indikator: "Nilai IKM Kecamatan", target: "82" },
      ]),
    },
  ],
  invalid: [
    {
      name: "empty perspective",
      sheet: skpSheet(
        "Camat",
        [{ perspektif: "", rhk: RHK, indikator: "Nilai IKM Kecamatan", target: "82" }],
        "jpt"
      ),
      cells: ["B5"],
    },
  ],
};
