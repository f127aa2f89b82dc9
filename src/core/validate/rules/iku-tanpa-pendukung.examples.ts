/** Valid and invalid examples of the rule iku-tanpa-pendukung (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { positionSheet } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "every IKU of the kecamatan carried by a position (1.1 is the IKU itself, taken into an IKI)",
      workbook: [
        {
          name: "Sekcam",
          sheet: positionSheet("Sekretaris Kecamatan", [
            { indikator: "Nilai IKM Kecamatan" },
            { indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti" },
          ]),
        },
        {
          name: "Kasi Pem",
          sheet: positionSheet("Kasi Pemerintahan", [
            { indikator: "Persentase Desa yang menetapkan APBDes Tepat Waktu" },
          ]),
        },
      ],
    },
    {
      name: "one position only: not a unit's workbook, nothing to say",
      workbook: [
        {
          name: "Kasi Pem",
          sheet: positionSheet("Kepala Seksi Pemerintahan", [
            { indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu" },
          ]),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "IKU 1.1 and 1.2 unsupported; 1.2 reported where the catalogue expects it",
      workbook: [
        {
          name: "Kasi Pem",
          sheet: positionSheet("KASI PEMERINTAHAN", [
            { indikator: "Persentase Desa yang menetapkan RKPDes Tepat Waktu" },
          ]),
        },
        {
          name: "Sekcam",
          sheet: positionSheet("Sekretaris Camat (Eselon III)", [
            { indikator: "Persentase Pemeliharaan Barang Milik Daerah" },
          ]),
        },
      ],
      cells: ["Sekcam!A4", "Sekcam!A4"],
    },
  ],
};
