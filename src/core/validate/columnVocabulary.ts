/**
 * The words people use for the columns of an indicator table, one list per role, each synonym
 * with the document where it was seen (seed documents by number, corpus documents by their
 * folder in test/corpus). Matched on the normalised header text (lower case, punctuation and
 * a trailing column number "(4)" removed): `awal` synonyms match the start of the header at a
 * word boundary ("rumus" matches "Rumus / Formula Perhitungan"), `persis` ones the whole header.
 * When several synonyms match, the longest wins ("penjelasan formulasi" is a Rumus column,
 * "penjelasan" alone a Keterangan column).
 *
 * To support a new layout, add its words here with the document they come from: no code changes.
 */
export type ColumnRole =
  | "no"
  | "sasaran"
  | "indikator"
  | "rumus"
  | "sumber"
  | "pj"
  | "satuan"
  | "target"
  | "realisasi"
  | "capaian"
  | "keterangan"
  /** A fraction written over two columns ("Numerator | Denominator" under "Rumus"). */
  | "pembilang"
  | "penyebut"
  /**
   * Which part of a fraction each row holds ("numerator" | "denumerator"): the rows of one
   * indicator make its formula, their texts in the Rumus column (found from the content).
   */
  | "bagian"
  /**
   * The indicator of the level above a row supports (an IKU of the unit, or the position
   * above's indicator): the cascading rules read it (issue #27).
   */
  | "induk"
  /** An SKP's Aspek of each indicator: kuantitas, kualitas, waktu, biaya (issue #28). */
  | "aspek"
  /** A JPT SKP's Perspektif of each RHK (issue #28). */
  | "perspektif";

export interface ColumnSynonym {
  /** Normalised words (as normaliseText gives them). */
  teks: string;
  cocok: "awal" | "persis";
  /** Where it was seen: "seed 004", "corpus iki-kec-dukun", ... */
  dilihat: string;
}

const awal = (teks: string, dilihat: string): ColumnSynonym => ({ teks, cocok: "awal", dilihat });
const persis = (teks: string, dilihat: string): ColumnSynonym => ({
  teks,
  cocok: "persis",
  dilihat,
});

export const COLUMN_SYNONYMS: Record<ColumnRole, ColumnSynonym[]> = {
  no: [
    persis("no", "seed 000"),
    persis("nomor", "seed 004"),
    persis("no urut", "seed 004"),
    persis("kode indikator", "corpus md-sdgs-bontang"),
    persis("no ikk", "corpus ikk-lppd-kab-banggai-kepulauan-2013"),
    persis("kode iku", "corpus iku-prov-ntb-bpkad-2022"),
    persis("nomor ikk", "corpus ikk-lppd-kab-lanny-jaya-2023"),
    persis("kode", "corpus indikator-rpjmd-kota-padang-simonev-2025 (Kode | Nama Indikator)"),
  ],
  sasaran: [
    awal("sasaran", "seed 000"),
    awal("sasaran strategis", "seed 004"),
    awal("sasaran kinerja", "corpus iki-dinas-dpmp4kb-magelang-2022"),
    awal("sasaran kinerja program", "corpus iki-bkpsdm-banggai"),
    awal("sasaran kinerja utama", "corpus iki-kec-pakisaji-2019"),
    awal(
      "tujuan sasaran",
      "IKU Kabupaten Magetan 2025-2029 (si-ksatria.magetan.go.id, seen while building the corpus)"
    ),
    persis("kinerja", "corpus iki-kec-dukun"),
    persis("fokus", "corpus ikk-ekpod-pp-6-2008 (EKPOD: aspek, fokus, indikator)"),
    // An SKP's RHK stands where an IKI table's sasaran stands: the result its indicators measure.
    awal("rencana hasil kerja", "PermenPAN-RB 6/2022, format SKP (issue #28)"),
    persis("rhk", "e-Kinerja BKN, formulir SKP (issue #28)"),
    persis("rencana kinerja", "PermenPAN-RB 8/2021 lampiran, contoh SKP JPT (issue #28)"),
  ],
  indikator: [
    awal("indikator", "seed 000"),
    awal("indikator kinerja", "seed 000"),
    awal("indikator kinerja utama", "seed 004"),
    awal("indikator kinerja individu", "seed 003"),
    awal("indikator kinerja program", "corpus iki-bkpsdm-banggai"),
    awal("iki", "seed 003"),
    awal("iku", "seed 004"),
    persis("ikk", "corpus ikk-lppd-format-kabupaten-2019"),
    awal("nama indikator", "corpus md-kodref-bappenas-sdi-beltim-2025"),
    awal("deskripsi indikator", "corpus sdgs-prov-kaltim-tujuan4-2025"),
    awal("uraian indikator", 'issue #25 ("Uraian Indikator", as Deskripsi Indikator)'),
    awal("rincian indikator", "issue #25 (as Deskripsi Indikator)"),
    awal("judul indikator", "corpus imut-rs-kartika-husada-setu"),
    awal("indikator kinerja kegiatan", "issue #25 (IKP / IKK tables of LKjIP)"),
    persis("judul", "corpus spm-rs-uraian-indikator-igd, kamus-imut-rsud-mampang-prapatan-2022"),
  ],
  rumus: [
    awal("rumus", "seed 000"),
    awal("formula", "seed 004"),
    awal("formulasi", "seed 001"),
    awal("penjelasan formulasi", "corpus iki-bkpsdm-banggai"),
    awal("cara perhitungan", "seed 004 (pattern of the first version)"),
    awal("cara penghitungan", "corpus do-pkp-puskesmas-2022"),
    awal("cara pengukuran", "seed 004"),
    awal("definisi rumus", "corpus do-rpjmd-sidoarjo-2016"),
    awal(
      "definisi operasional formulasi",
      "IKU Kabupaten Magetan 2025-2029 (si-ksatria.magetan.go.id, seen while building the corpus)"
    ),
    awal("metode perhitungan", "corpus md-sdgs-bontang"),
    awal("alasan penjelasan", "corpus iku-kab-karangasem-sidemen-2017"),
  ],
  sumber: [
    awal("sumber data", "seed 000"),
    persis("sumber", "seed 004"),
    awal("sumber dan cara pengumpulan data", "corpus md-sdgs-bontang"),
  ],
  pj: [
    awal("penanggung jawab", "seed 000"),
    awal("penanggungjawab", "seed 004"),
    awal("perangkat daerah penanggung jawab", "seed 004"),
    awal("perangkat daerah penanggungjawab", "seed 004"),
    awal("unit penanggung jawab", "seed 004"),
    awal(
      "unit skpd penanggung jawab",
      "corpus emonev-kab-lampung-selatan-2020 (Permendagri Renja evaluation form)"
    ),
    awal("skpd penanggung jawab", "corpus iku-kab-tanah-datar-2013"),
    persis("pj", "seed 000"),
    awal(
      "produsen data",
      "issue #25 (Satu Data Indonesia: Produsen Data); corpus iku-renstra-pd-prov-banten-2025"
    ),
    awal("wali data", "issue #25 (Satu Data Indonesia: Wali Data)"),
  ],
  satuan: [
    persis("satuan", "corpus do-rpjmd-sidoarjo-2016"),
    persis("satuan pengukuran", "corpus kamus-imut-rsud-mampang-prapatan-2022"),
  ],
  target: [
    awal("target", "Asisten IKI template (measurement columns)"),
    awal("rencana tingkat capaian", 'issue #25 (LAKIP forms: "Rencana Tingkat Capaian (Target)")'),
    persis("standar", "corpus spm-rs-uraian-indikator-igd"),
    persis("standart", "corpus imut-rs-kartika-husada-setu"),
    persis("standard", "corpus kamus-imut-rsud-mampang-prapatan-2022"),
  ],
  realisasi: [
    awal("realisasi", "Asisten IKI template (measurement columns)"),
    awal("pencapaian riil", "issue #25 (LKjIP measurement tables)"),
    persis("pencapaian", "issue #25 (Puskesmas PKP tables: Target | Pencapaian | % Cakupan)"),
  ],
  capaian: [
    awal("capaian", "corpus ikk-lppd-kab-banggai-kepulauan-2013"),
    awal("capaian kinerja", "corpus ikk-lppd-format-kabupaten-2019"),
    awal("persentase kinerja", 'issue #25 ("% Kinerja" in LKjIP tables)'),
    awal("persentase cakupan", 'issue #25 ("% Cakupan" in Puskesmas PKP tables)'),
    awal("persentase capaian", 'issue #25 ("% Capaian")'),
    awal("persentase pencapaian", 'issue #25 ("% Pencapaian")'),
    awal("tingkat capaian", 'issue #25 ("Tingkat Capaian" of LAKIP forms)'),
  ],
  keterangan: [
    persis("keterangan", "corpus ikk-lppd-format-kabupaten-2019"),
    persis("penjelasan", "seed 004"),
    awal("konsep dan definisi", "corpus md-sdgs-bontang"),
  ],
  pembilang: [
    awal("numerator", "corpus spm-rs-uraian-indikator-igd, kamus-imut-rsud-mampang-prapatan-2022"),
    persis("pembilang", "issue #11 (Rumus over Pembilang | Penyebut)"),
  ],
  penyebut: [
    awal("denominator", "corpus kamus-imut-rsud-mampang-prapatan-2022"),
    persis("denomerator", "corpus spm-rs-uraian-indikator-igd"),
    persis("penyebut", "issue #11 (Rumus over Pembilang | Penyebut)"),
  ],
  // Read from the content ("numerator" / "denumerator" on every row), whatever the header
  // says ("Jenis Nilai", "Tipe"): see FRACTION_PART_WORDS in contentVocabulary.ts.
  bagian: [],
  induk: [
    awal("indikator atasan", "templat IKI Asisten IKI (issue #27)"),
    awal("iku yang didukung", "issue #27"),
    awal("iku atasan", "issue #27"),
    persis("mendukung iku", "issue #27"),
    awal("rhk pimpinan", "PermenPAN-RB 6/2022, format SKP: RHK Pimpinan yang Diintervensi"),
    awal("rencana hasil kerja pimpinan", "PermenPAN-RB 6/2022, format SKP"),
    awal("rhk atasan", "e-Kinerja BKN: RHK atasan yang diintervensi"),
    awal(
      "rencana kinerja atasan",
      "PermenPAN-RB 8/2021 lampiran, format A.6.2: Rencana Kinerja Atasan Langsung yang Diintervensi"
    ),
    persis("penugasan dari", "e-Kinerja BKN, formulir SKP JPT"),
  ],
  aspek: [persis("aspek", "PermenPAN-RB 6/2022, format SKP (issue #28)")],
  perspektif: [persis("perspektif", "PermenPAN-RB 8/2021 lampiran, contoh SKP JPT (issue #28)")],
};

/**
 * Header words that suggest a role without settling it (issue #25): "Uraian", "Judul Data" (the
 * name field of Satu Data portals), "Program / Variabel / Sub Variabel" (Puskesmas PKP) may head
 * indicators, or programs, activities, budget lines. Such a column takes the role only when its
 * content agrees (texts worded like indicators, or the table's other columns make it an indicator
 * table) and no column claims the role by a word of COLUMN_SYNONYMS; the table's summary then
 * says that the role was inferred.
 */
export const WEAK_COLUMN_SYNONYMS: Partial<Record<ColumnRole, ColumnSynonym[]>> = {
  indikator: [
    awal("uraian", 'issue #25 (measurement tables: "Uraian" over the indicators)'),
    awal("judul data", "issue #25 (Satu Data portals' name field)"),
    awal("program", 'issue #25 ("Program / Variabel / Sub Variabel" of Puskesmas PKP)'),
    awal("variabel", "issue #25 (Puskesmas PKP)"),
    awal("sub variabel", "issue #25 (Puskesmas PKP)"),
    awal("kinerja makro", 'issue #25 (LPPD "Capaian Kinerja Makro" tables)'),
    persis(
      "jenis data",
      "corpus profil-data-kota-gorontalo-kepegawaian (a data portal's name column)"
    ),
    persis("kegiatan", 'corpus pkp-puskesmas-sutojayan-2019 (PKP: indicators under "Kegiatan")'),
  ],
  pj: [
    awal(
      "pemangku kepentingan",
      "corpus peta-jalan-kakao-kab-luwu-utara-2024 (a road map's stakeholders per indicator)"
    ),
    // "SKPD" alone names agencies (Temanggung's IKU: "Dintanbunhut" on every row); an empty
    // "SKPD" column of an RPJMD plan table (Bone's Tabel 9.1) is not read as Penanggung Jawab.
    persis(
      "skpd",
      "corpus iku-kab-temanggung-skpd-pertanian; rpjmd-kab-bone-2013-ikd (empty: no role)"
    ),
  ],
};

/**
 * Header words of columns that are none of the roles above but say what their column is
 * ("Frekuensi", "Kondisi Awal", "Anggaran"): such a column keeps its own meaning and is not given
 * a role from its content (a column of agency names under "Frekuensi" is a shifted row, not a
 * Penanggung Jawab column). Normalised, matched at the start of the header.
 */
export const OTHER_COLUMN_WORDS: readonly string[] = [
  "frekuensi",
  "periode",
  "periodisitas",
  "kode",
  "kodefikasi",
  "baseline",
  "kondisi awal",
  "kondisi akhir",
  "kondisi tahun",
  "anggaran",
  "pagu",
  "alokasi",
  "bobot",
  "polaritas",
  "tipe",
  "jenis indikator",
  "kategori",
  "status",
  "urusan",
  "bidang urusan",
  "dimensi",
  "tujuan",
  "disagregasi",
  "tahun",
  "waktu pencapaian",
  "kendala",
  "hambatan",
  "upaya",
  "tindak lanjut",
  "permasalahan",
  "analisis",
  "wdt",
  "level",
  "eselon",
];

/**
 * Header cells that name a position: a header with two or more of them is a matrix of positions
 * (Matriks Peran Hasil, e-Kinerja's intervention matrix), not an indicator table (normalised
 * words, matched at the start of the cell).
 */
export const POSITION_COLUMN_WORDS: readonly string[] = [
  "kepala",
  "sekretaris",
  "camat",
  "lurah",
  "kasi",
  "kasubag",
  "kasubbag",
  "kabid",
  "kabag",
  "pengadministrasi",
  "pengelola",
  "analis",
  "pelaksana",
  "staf",
];
/** How many position columns make a header a matrix of positions. */
export const POSITION_COLUMNS_MIN = 2;
/**
 * Header cells only a cascading matrix has (the Matriks Peran Hasil's "Mendukung IKU Kabupaten",
 * e-Kinerja's "Intervensi"): with one, a header is a matrix even with a single position column.
 */
export const MATRIX_COLUMN_WORDS: readonly string[] = [
  "mendukung iku",
  "iku yang didukung",
  "peran hasil",
  "intervensi",
];

/** Roles an indicator table is recognised by (the others are only recorded). */
export const CORE_ROLES: readonly ColumnRole[] = [
  "no",
  "sasaran",
  "indikator",
  "rumus",
  "sumber",
  "pj",
];

/** Indonesian names of the roles, for messages. */
export const ROLE_NAME: Record<ColumnRole, string> = {
  no: "No",
  sasaran: "Sasaran",
  indikator: "Indikator",
  rumus: "Rumus",
  sumber: "Sumber Data",
  pj: "Penanggung Jawab",
  satuan: "Satuan",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian",
  keterangan: "Keterangan",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
  bagian: "Pembilang/Penyebut",
  induk: "Indikator Atasan yang Didukung",
  aspek: "Aspek",
  perspektif: "Perspektif",
};
