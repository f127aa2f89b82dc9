/** Valid and invalid examples of the rule tabel-tidak-dikenali (test data: imported by tests only). */
import type { RuleExamples } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "a complete IKI table",
      rows: [
        {
          indikator: "Persentase surat yang diproses",
          rumus: "Surat diproses / surat masuk x 100%",
        },
      ],
    },
    {
      name: "a Target/Realisasi table without indicators is no header",
      sheet: [
        ["Target", "Realisasi"],
        ["10", "8"],
      ],
    },
    {
      name: "an identity block and a signature are read, not reported",
      sheet: [
        ["Nama", ":", "[NAMA]"],
        ["NIP", ":", "[NIP]"],
        ["Jabatan", ":", "Kepala Seksi Pemerintahan"],
        [],
        ["Mengetahui,", null, "Lumajang, 2 Januari 2025"],
        ["CAMAT CONTOH", null, "KEPALA SEKSI PEMERINTAHAN"],
      ],
    },
    {
      name: "a block of numbers (survey scores) is no block of text",
      sheet: [
        ["Responden", "U1", "U2", "U3"],
        ["1", 4, 3, 4],
        ["2", 3, 3, 4],
      ],
    },
  ],
  invalid: [
    {
      name: "Sumber Data and Penanggung Jawab with no Indikator column",
      sheet: [
        ["No", "Uraian Kegiatan", "Sumber Data", "Penanggung Jawab"],
        ["1", "Rapat koordinasi", "Notulen", "Sekretaris Camat"],
      ],
      cells: ["A1"],
    },
    {
      name: "a block of text with no header the vocabulary knows",
      sheet: [
        ["Tugas", "Hasil Kerja", "Catatan"],
        ["Menyusun laporan bulanan kecamatan", "Laporan tersusun", "Setiap bulan"],
        ["Memfasilitasi musyawarah desa", "Berita acara musyawarah", "Dua kali setahun"],
      ],
      cells: ["A1"],
    },
    {
      name: "a header of weak words over texts that are no indicators: the header row, once",
      sheet: [
        ["Program", "Kegiatan", "Keluaran"],
        ["Program pelayanan administrasi", "Penyediaan jasa surat", "Surat terkirim tepat waktu"],
        ["Program peningkatan sarana", "Pemeliharaan gedung kantor", "Gedung terawat"],
      ],
      cells: ["A1"],
    },
  ],
};
