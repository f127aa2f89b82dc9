/**
 * The words the add-in shows, in one place: one term per idea, the one Excel's Indonesian user
 * interface uses where it has one, and the words not to use for it. The pane, the cell functions'
 * descriptions, the reports and the CLI take their terms from here; a test reads every text in
 * the sources and fails on a word listed under `hindari` (test/unit/glossary.test.ts).
 */
export interface Istilah {
  /** What the term names, in English, for developers. */
  arti: string;
  /** The word shown to users. */
  pakai: string;
  /** Words not to show for it (lower case; whole words only). */
  hindari: readonly string[];
  /** Why this word, when it is not obvious. */
  catatan?: string;
}

export const GLOSARIUM = {
  kesalahan: {
    arti: "an error-level finding; an Excel error value",
    pakai: "Kesalahan",
    hindari: ["galat", "eror", "error"],
    catatan:
      'Excel berbahasa Indonesia menyebut "nilai kesalahan" (#N/A, #DIV/0!) dan "Pemeriksaan Kesalahan".',
  },
  peringatan: { arti: "a warning-level finding", pakai: "Peringatan", hindari: ["warning"] },
  info: { arti: "an info-level finding", pakai: "Info", hindari: [] },
  temuan: { arti: "a finding", pakai: "temuan", hindari: ["finding", "isu"] },
  hasilMeluas: {
    arti: "a dynamic-array result spilling over neighbouring cells",
    pakai: "hasil mengisi sel-sel di sekitarnya",
    hindari: ["tumpah", "tumpahan", "spill"],
  },
  susunanKatalog: {
    arti: "the catalogue's file format (its schema)",
    pakai: "susunan kolom katalog",
    hindari: ["skema", "schema"],
  },
  didukung: {
    arti: "an indicator of the level above that a lower one supports (induk)",
    pakai: "didukung",
    hindari: ["dipikul", "parent"],
  },
  lembar: { arti: "a worksheet", pakai: "lembar", hindari: ["sheet", "worksheet"] },
  bukuKerja: { arti: "a workbook", pakai: "buku kerja", hindari: ["workbook"] },
  urungkan: { arti: "undo", pakai: "Urungkan", hindari: ["undo", "batalkan perubahan"] },
} as const satisfies Record<string, Istilah>;

/** Severity labels, from the glossary. */
export const LABEL_TINGKAT = {
  error: GLOSARIUM.kesalahan.pakai,
  warning: GLOSARIUM.peringatan.pakai,
  info: GLOSARIUM.info.pakai,
} as const;

/** Each kind of computation in words a reader of the finding knows (no "rasio x 100"). */
export const JENIS_PERHITUNGAN: Readonly<Record<string, string>> = {
  "rasio-x100": "persentase (dibagi lalu dikali 100)",
  rasio: "perbandingan (dibagi, tanpa dikali 100)",
  jumlah: "hitungan jumlah",
  "rata-rata": "rata-rata",
  penjumlahan: "penjumlahan",
  pertumbuhan: "pertumbuhan",
  penurunan: "penurunan",
  selisih: "selisih",
  "rasio-waktu": "persentase tepat waktu",
  indeks: "nilai indeks",
  "nilai-eksternal": "nilai dari sumber lain",
  ambang: "persentase yang mencapai batas",
  lainnya: "bentuk lain",
  kosong: "kosong",
};

/** Polarity in words. */
export const POLARITAS: Readonly<Record<string, string>> = {
  positif: "makin tinggi makin baik",
  negatif: "makin rendah makin baik",
};
