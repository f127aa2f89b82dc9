/** Valid and invalid examples of the rule sasaran-kegiatan (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER, ikuSheet } from "./examples";

export const examples: RuleExamples = {
  valid: [
    {
      name: "conditions: Meningkatnya, Menurunnya, Terwujudnya",
      sheet: ikuSheet([
        ["Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat"],
        ["Menurunnya angka kemiskinan", "Persentase penduduk miskin"],
        ["Terwujudnya tata kelola pemerintahan yang akuntabel", "Nilai SAKIP"],
      ]),
    },
    {
      name: "a position's IKI sasaran may name its work",
      sheet: [
        ["INDIKATOR KINERJA INDIVIDU (IKI)"],
        ["Jabatan", "Kepala Seksi Pemerintahan"],
        [],
        [...EXAMPLE_HEADER],
        [
          "1",
          "Pelaksanaan fasilitasi ketenteraman",
          "Persentase fasilitasi yang dipenuhi",
          "Jumlah A / Jumlah B x 100%",
          "Laporan",
          "Kasi Pemerintahan",
        ],
      ],
    },
  ],
  invalid: [
    {
      name: 'activities as sasaran ("Melaksanakan ...", "Penyusunan ...", "Kegiatan ..."), a merged sasaran said once',
      sheet: ikuSheet([
        ["Melaksanakan pembinaan desa", "Persentase desa berstatus maju"],
        ["Penyusunan dokumen perencanaan", "Persentase dokumen yang tepat waktu"],
        ["", "Persentase dokumen yang memenuhi standar"],
        ["Kegiatan pelayanan administrasi", "Indeks kepuasan masyarakat"],
      ]),
      merges: ["B5:B6"],
      cells: ["B4", "B5", "B7"],
    },
  ],
};
