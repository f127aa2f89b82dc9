/** Valid and invalid examples of the rule nomor-loncat (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "consecutive numbers",
      rows: [
        { no: "1", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "2", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
    {
      name: "codes restarting under a new parent (1. then 1.1, 1.2; 2. then 2.1)",
      sheet: [
        ["No", "Indikator Kinerja", "Rumus", "Sumber Data", "Penanggung Jawab"],
        ["1.", "Urusan Pemerintahan Umum", null, null, null],
        ["1.1", "Jumlah rapat koordinasi", "Jumlah rapat", "Notulen", "Kasi Pemerintahan"],
        ["1.2", "Jumlah laporan", "Jumlah laporan disusun", "Arsip", "Kasi Pemerintahan"],
        ["2.", "Urusan Pemberdayaan", null, null, null],
        ["2.1", "Jumlah pelatihan", "Jumlah pelatihan", "Laporan", "Kasi PM"],
      ],
    },
    {
      name: "numbering starting again lower is a new list, not a jump",
      rows: [
        { no: "3", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "1", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
    },
  ],
  invalid: [
    {
      name: "codes under a roman-numbered aspect: II.12.1 then II.12.3",
      sheet: [
        ["Kode", "Nama Indikator", "Satuan", "Sumber Data"],
        ["II", "ASPEK KESEJAHTERAAN MASYARAKAT", null, "RPJMD"],
        ["II.12", "Angka Literasi/Numerasi", null, "RPJMD"],
        ["II.12.1", "Angka Literasi SD", "%", "RPJMD"],
        ["II.12.3", "Angka Numerasi SD", "%", "RPJMD"],
      ],
      cells: ["A5"],
    },
    {
      name: "a code skipping under its parent: 1.1 then 1.3",
      sheet: [
        ["No", "Indikator Kinerja", "Rumus", "Sumber Data", "Penanggung Jawab"],
        ["1.", "Urusan Pemerintahan Umum", null, null, null],
        ["1.1", "Jumlah rapat koordinasi", "Jumlah rapat", "Notulen", "Kasi Pemerintahan"],
        ["1.3", "Jumlah laporan", "Jumlah laporan disusun", "Arsip", "Kasi Pemerintahan"],
      ],
      cells: ["A4"],
    },
    {
      name: "a code one level too deep where the next sibling was due: named once",
      sheet: [
        ["No", "Indikator Kinerja", "Rumus", "Sumber Data", "Penanggung Jawab"],
        ["2.1.1.1 Pengkajian PHBS", null, null, null, null],
        [
          null,
          "Persentase rumah tangga dikaji",
          "RT dikaji / RT x 100%",
          "Register",
          "Petugas Promkes",
        ],
        ["2.1.1.1.2 Tatanan Sehat", null, null, null, null],
        [
          null,
          "Persentase rumah tangga sehat",
          "RT sehat / RT x 100%",
          "Register",
          "Petugas Promkes",
        ],
        ["2.1.1.3 Intervensi", null, null, null, null],
        [
          null,
          "Persentase intervensi",
          "Intervensi / rencana x 100%",
          "Laporan",
          "Petugas Promkes",
        ],
      ],
      cells: ["A4"],
    },
    {
      name: "2 then 4",
      rows: [
        { no: "2", indikator: "Jumlah rapat koordinasi", rumus: "Jumlah rapat koordinasi" },
        { no: "4", indikator: "Jumlah laporan", rumus: "Jumlah laporan yang disusun" },
      ],
      cells: ["A3"],
    },
  ],
};
