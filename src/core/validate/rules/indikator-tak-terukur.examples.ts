/** Valid and invalid examples of the rule indikator-tak-terukur (test data: imported by tests only). */
import type { RuleExamples } from "./examples";
import { EXAMPLE_HEADER } from "./examples";

/** An IKI sheet with a Satuan and a Target column: rows of [indikator, rumus, satuan, target]. */
function iki(rows: Array<[string, string, string, string]>): (string | number | null)[][] {
  return [
    ["INDIKATOR KINERJA INDIVIDU (IKI)"],
    [],
    [...EXAMPLE_HEADER, "Satuan", "Target"],
    ...rows.map(([indikator, rumus, satuan, target], i) => [
      String(i + 1),
      "Meningkatnya kualitas pelayanan",
      indikator,
      rumus,
      "Laporan kegiatan",
      "Kepala Seksi Pelayanan",
      satuan,
      target,
    ]),
  ];
}

export const examples: RuleExamples = {
  valid: [
    {
      name: "the wording names its measure (also misspelt, numbered, or after a condition word)",
      sheet: iki([
        ["Persesntase pengaduan yang diselesaikan tepat waktu", "", "", ""],
        ["1) Rata-rata waktu penyelesaian izin usaha", "", "", ""],
        ["Berkurangnya jumlah keluhan pelayanan kebersihan", "", "", ""],
        ["IKM pelayanan administrasi terpadu kecamatan", "", "", ""],
      ]),
    },
    {
      name: "the row gives a formula, a unit, or a target with a unit",
      sheet: iki([
        ["Kepuasan pemohon layanan administrasi", "Nilai rata-rata survei kepuasan", "", ""],
        ["Ketersediaan data kependudukan desa", "", "%", "100"],
        ["Kelengkapan arsip surat masuk dan keluar", "", "", "12 bulan"],
      ]),
    },
    {
      name: "a table that does not say it holds IKI or IKU (a service standard) is not judged",
      sheet: [
        ["STANDAR PELAYANAN MINIMAL"],
        [],
        ["No", "Jenis Pelayanan", "Indikator", "Standar"],
        ["1", "Gawat Darurat", "Kepuasan pelanggan pada Gawat Darurat", ""],
      ],
    },
  ],
  invalid: [
    {
      name: "no measure in the wording and nothing in the row to compute it",
      sheet: iki([
        ["Kepuasan pemohon layanan administrasi terpadu", "", "", ""],
        ["Penerapan pengelolaan arsip secara baku", "", "", "baik"],
        ["Persentase surat yang diarsipkan", "", "", ""],
      ]),
      cells: ["C4", "C5"],
    },
  ],
};
