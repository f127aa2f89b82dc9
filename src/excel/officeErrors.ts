/**
 * Office errors in Indonesian, by `OfficeExtension.Error.code` (the message is localized by
 * Office and not meant for a program, nor written for these users). Every message says what
 * happened and what to do.
 */

/** Office's error codes the add-in can meet, with what the user reads. */
export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied:
    "Excel menolak perubahan: lembar atau buku kerja ini dilindungi atau hanya-baca. Buka proteksinya (Tinjau > Buka Proteksi Lembar) lalu coba lagi.",
  ItemNotFound:
    "Lembar atau sel yang dituju tidak ditemukan lagi; mungkin namanya diganti atau dihapus. Jalankan Periksa lagi.",
  InvalidReference:
    "Alamat sel tidak lagi cocok dengan lembar kerja (baris atau kolom mungkin dihapus). Jalankan Periksa lagi.",
  InvalidArgument:
    "Excel tidak menerima data yang dikirim. Coba lagi; bila terulang, laporkan kepada pengelola Asisten IKI.",
  InvalidOperation:
    "Excel tidak dapat melakukan tindakan ini pada keadaan buku kerja sekarang. Coba lagi setelah menyimpan buku kerja.",
  InvalidOperationInCellEditMode:
    "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar kerja, lalu coba lagi.",
  InvalidSelection:
    "Pilihan sel sekarang tidak dapat dipakai (mis. beberapa area sekaligus). Pilih satu sel lalu coba lagi.",
  MergedRangeConflict:
    "Tindakan ini bertabrakan dengan sel gabung (merge) di lembar. Pilih tempat tanpa sel gabung lalu coba lagi.",
  InsertDeleteConflict:
    "Tindakan ini bertabrakan dengan baris atau kolom yang sedang disisipkan atau dihapus. Coba lagi.",
  ItemAlreadyExists: "Nama itu sudah dipakai di buku kerja ini. Pilih nama lain.",
  NonBlankCellOffSheet:
    "Tidak ada ruang di tepi lembar: sel di ujung baris atau kolom berisi data. Pilih tempat lain.",
  RangeExceedsLimit:
    "Rentang sel terlalu besar untuk Excel. Periksa lembar yang lebih kecil atau bagi datanya.",
  OperationCellsExceedLimit:
    "Tindakan ini menyentuh terlalu banyak sel sekaligus. Periksa lembar yang lebih kecil atau bagi datanya.",
  RequestPayloadSizeLimitExceeded:
    "Data yang dikirim ke Excel terlalu besar (batas Excel di web). Bagi pekerjaan menjadi lembar yang lebih kecil.",
  ResponsePayloadSizeLimitExceeded:
    "Lembar terlalu besar untuk dibaca sekaligus, bahkan per bagian (batas Excel di web). Bagi datanya ke beberapa lembar.",
  ApiNotFound:
    "Versi Excel ini belum mendukung fitur yang diperlukan. Perbarui Excel (Microsoft 365 atau Excel 2021) atau pakai Excel di web.",
  UnsupportedOperation: "Versi Excel ini tidak mendukung tindakan ini.",
  NotImplemented: "Versi Excel ini tidak mendukung tindakan ini.",
  Conflict:
    "Buku kerja sedang diubah di tempat lain (penyuntingan bersama). Tunggu sebentar lalu coba lagi.",
  ServiceNotAvailable: "Layanan Excel sedang tidak tersedia. Tunggu sebentar lalu coba lagi.",
  Timeout: "Excel terlalu lama menjawab. Coba lagi; untuk lembar besar, periksa per lembar.",
  RequestAborted: "Permintaan ke Excel dibatalkan. Coba lagi.",
  InactiveWorkbook:
    "Buku kerja ini sedang tidak aktif (jendela lain di depan). Klik buku kerjanya lalu coba lagi.",
  GeneralException:
    "Excel mengalami kesalahan umum. Simpan pekerjaan Anda, lalu coba lagi; bila terulang, tutup dan buka kembali buku kerja.",
};

const UNKNOWN =
  "Excel menolak tindakan ini. Coba lagi; bila terulang, laporkan kepada pengelola Asisten IKI beserta kode ini.";

/** An error of the add-in's own, written for the user (shown as it is). */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An Office error turned into a message for the user; `code` is kept for programs. */
export class OfficeActionError extends UserFacingError {}

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/**
 * The error to show: an Office error (one with a `code`) becomes an OfficeActionError in
 * Indonesian, with what was being done first ("Menandai sel gagal: ..."); the add-in's own
 * errors, already in Indonesian, pass unchanged.
 */
export function userError(error: unknown, doing?: string): Error {
  const code = codeOf(error);
  if (error instanceof UserFacingError || code === undefined) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const text = OFFICE_ERROR_MESSAGES[code] ?? `${UNKNOWN} (kode: ${code})`;
  return new OfficeActionError(doing ? `${doing} gagal. ${text}` : text, code);
}

/** `f` with its Office errors turned into Indonesian ones. */
export async function inIndonesian<T>(doing: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    throw userError(error, doing);
  }
}
