/** Types of a catalogue file; katalog.schema.json is the authority and tests keep them in step. */

export type Level = "iku-kabupaten" | "iku-perangkat-daerah" | "iki";
export type Jenis =
  | "persentase"
  | "jumlah"
  | "rata-rata"
  | "pertumbuhan"
  | "penurunan"
  | "rasio-waktu"
  | "indeks"
  | "nilai-eksternal"
  | "lainnya";
export type Polaritas = "positif" | "negatif";
export type UnitJenis = "kabupaten" | "perangkat-daerah" | "kecamatan";
/**
 * A position's level in the pohon kinerja (PermenPAN-RB 89/2021): the unit's head, Administrator
 * (eselon III), Pengawas (eselon IV), Pelaksana and Fungsional. Positions of one level are peers.
 */
export type Jenjang = "administrator" | "pengawas" | "pelaksana";
export type DokumenDesa = "RKPDES" | "APBDES" | "LPPDES";

export interface Provenance {
  berkas: string;
  lokasi: string;
  baris?: number;
  teksAsli?: string;
}

export interface Unit {
  id: string;
  nomor?: string;
  nama: string;
  singkatan?: string[];
  jenis: UnitJenis;
  /** The head of the unit ("Camat"): the positions whose atasan it is are its first level. */
  pimpinan?: string;
  tugasPokok?: string;
  fungsi?: string[];
  visi?: string;
  misi?: string[];
  tujuan?: string[];
  indikatorTujuan?: string[];
  catatan?: string;
  provenance: Provenance[];
}

export interface Jabatan {
  id: string;
  unit: string;
  nama: string;
  aliases?: string[];
  atasan: string;
  jenjang?: Jenjang;
  tugasPokok?: string;
  fungsi?: string[];
  tujuan?: string[];
  indikatorTujuan?: string[];
  catatan?: string;
  provenance: Provenance[];
}

export interface Cacat {
  kode: string;
  catatan: string;
}

export interface BatasWaktu {
  dokumen: DokumenDesa;
  definisi: string;
  bulan: number;
  tanggal: number;
  geserTahun: number;
  dasarHukum?: string;
}

export interface Entri {
  id: string;
  level: Level;
  unit: string;
  jabatan?: string[];
  nomor?: string;
  sasaran: string;
  indikator: string;
  aliases?: string[];
  rumus: string;
  rumusKoreksi?: string;
  penjelasan?: string;
  jenis: Jenis;
  satuan: string;
  polaritas: Polaritas;
  sumberData: string;
  penanggungJawab: string;
  cacat?: Cacat[];
  batasWaktu?: BatasWaktu;
  /** The entry this one supports (cascading): an IKU of the unit, the kabupaten's, or an IKI. */
  induk?: string;
  /** Which text says the link holds. */
  indukDasar?: Provenance;
  catatan?: string;
  provenance: Provenance[];
}

export interface KatalogData {
  $schema?: string;
  id: string;
  judul: string;
  dasarHukum: string[];
  periode: { mulai: number; selesai: number; catatan?: string };
  versi: string;
  catatan?: string;
  unit: Unit[];
  jabatan: Jabatan[];
  entri: Entri[];
}
