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
  induk?: string;
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
