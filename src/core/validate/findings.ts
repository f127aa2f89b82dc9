/** What the validator reports. Rule ids are fixed (issue #5); messages are Indonesian. */
export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "pj-kosong"
  | "sumber-kosong"
  | "rumus-kosong"
  | "kolom-hilang"
  | "rumus-tidak-sesuai"
  | "persen-tanpa-penyebut"
  | "persen-tanpa-100"
  | "pembagi-rata-rata"
  | "salah-ketik"
  | "indikator-tidak-dikenal"
  | "nomor-ganda"
  | "nomor-loncat"
  | "kali-100-di-penyebut"
  | "kali-100-ganda"
  | "pembilang-sama-penyebut"
  | "kurung-tidak-seimbang"
  | "basis-pertumbuhan-salah"
  | "rumus-tidak-terbaca"
  | "rumus-cacat-katalog"
  | "sumber-bukan-dokumen"
  | "pj-beda-katalog"
  | "nilai-galat"
  | "tabel-tanpa-indikator"
  | "rumus-tidak-diperiksa"
  | "tabel-tidak-dikenali";

export const SEVERITY: Record<RuleId, Severity> = {
  "pj-kosong": "error",
  "sumber-kosong": "error",
  "rumus-kosong": "error",
  "kolom-hilang": "error",
  "rumus-tidak-sesuai": "warning",
  "persen-tanpa-penyebut": "error",
  "persen-tanpa-100": "warning",
  "pembagi-rata-rata": "error",
  "salah-ketik": "warning",
  "indikator-tidak-dikenal": "info",
  "nomor-ganda": "warning",
  "nomor-loncat": "warning",
  "kali-100-di-penyebut": "warning",
  "kali-100-ganda": "warning",
  "pembilang-sama-penyebut": "error",
  "kurung-tidak-seimbang": "warning",
  "basis-pertumbuhan-salah": "warning",
  "rumus-tidak-terbaca": "info",
  "rumus-cacat-katalog": "info",
  "sumber-bukan-dokumen": "info",
  "pj-beda-katalog": "info",
  "nilai-galat": "error",
  "tabel-tanpa-indikator": "warning",
  "rumus-tidak-diperiksa": "info",
  "tabel-tidak-dikenali": "info",
};

/** Short Indonesian names of the rules, for grouped reports. */
export const RULE_TITLE: Record<RuleId, string> = {
  "pj-kosong": "Penanggung Jawab kosong",
  "sumber-kosong": "Sumber Data kosong",
  "rumus-kosong": "Rumus kosong",
  "kolom-hilang": "Kolom wajib tidak ada",
  "rumus-tidak-sesuai": "Rumus tidak sesuai katalog",
  "persen-tanpa-penyebut": "Persentase tanpa penyebut",
  "persen-tanpa-100": "Persentase tanpa dikali 100",
  "pembagi-rata-rata": "Pembagi rata-rata salah",
  "salah-ketik": "Kemungkinan salah ketik indikator",
  "indikator-tidak-dikenal": "Indikator tidak ada di katalog",
  "nomor-ganda": "Nomor ganda",
  "nomor-loncat": "Nomor meloncat",
  "kali-100-di-penyebut": "Faktor 100 di penyebut",
  "kali-100-ganda": "Dikali 100 dua kali",
  "pembilang-sama-penyebut": "Pembilang sama dengan penyebut",
  "kurung-tidak-seimbang": "Kurung tidak seimbang",
  "basis-pertumbuhan-salah": "Basis pertumbuhan/penurunan salah",
  "rumus-tidak-terbaca": "Rumus tidak terbaca",
  "rumus-cacat-katalog": "Rumus mengikuti rumus keputusan yang cacat",
  "sumber-bukan-dokumen": "Sumber Data bukan dokumen",
  "pj-beda-katalog": "Penanggung Jawab berbeda dari katalog",
  "nilai-galat": "Sel berisi nilai galat Excel",
  "tabel-tanpa-indikator": "Tabel tanpa baris indikator",
  "rumus-tidak-diperiksa": "Rumus tidak diperiksa (kolom Rumus tidak dikenali)",
  "tabel-tidak-dikenali": "Judul tabel tidak dikenali",
};

/** A one-click correction the task pane can offer (the answer is certain). */
export interface QuickFix {
  label: string;
  /** Cell address on the same sheet and the text to write there. */
  cell: string;
  value: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  /** 1-based Excel row. */
  row: number;
  message: string;
  suggestion?: string;
  /** Catalogue entry the finding refers to, when matched. */
  entri?: string;
  fix?: QuickFix;
}

export interface TableSummary {
  sheet: string;
  /** Header row range, e.g. "A8:F8". */
  header: string;
  /** First and last body row, 1-based. */
  rows: [number, number];
  indicatorRows: number;
}

export interface SheetReport {
  tables: TableSummary[];
  findings: Finding[];
}
