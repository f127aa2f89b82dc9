/*
 * The IKI.* cell functions. Each is a thin wrapper over src/core; this file is the only input of
 * custom-functions-metadata-plugin, which generates functions.json from the JSDoc below and appends
 * the CustomFunctions.associate(...) calls itself (never call associate here).
 *
 * Parameters are declared `any` / `any[][]` so Excel hands over blanks and text unchanged
 * (a `number` parameter would turn a blank cell into 0).
 */
import { CellError, CellMatrix, CellResult, CellScalar } from "../core/cellValues";
import { unwrapValues } from "../core/excelDataTypes";
import { asMatrix } from "../core/matrix";
import { capaianMatrix, changeMatrix } from "../core/measures/capaian";
import { ikm as ikmCore, mutuIkmMatrix } from "../core/measures/ikm";
import { katalogMatrix, rumusMatrix } from "../core/measures/katalogLookup";
import { persenMatrix } from "../core/measures/persen";
import { predikatMatrix } from "../core/measures/predikat";
import { rataRata as rataRataCore } from "../core/measures/rataRata";
import {
  batasWaktu as batasWaktuCore,
  statusWaktuMatrix,
  tepatWaktu as tepatWaktuCore,
} from "../core/measures/waktu";
import { ExcelCell, guard, toExcelCell, toExcelError, toExcelMatrix } from "./excelErrors";
import { withActiveKatalog } from "../core/catalogue/activeKatalog";
import type { Katalog } from "../core/catalogue/katalog";

/**
 * A range parameter as a 2-D array. Excel already passes one, which is used as it is; a bare
 * scalar or a 1-D array from other callers is wrapped.
 */
function range(value: unknown): unknown[][] {
  const plain = unwrapValues(value);
  if (Array.isArray(plain) && (plain.length === 0 || Array.isArray(plain[0]))) {
    return plain as unknown[][];
  }
  return asMatrix<unknown>(plain);
}

/** A single-value parameter, its data type unwrapped (see src/core/excelDataTypes.ts). */
function one(value: unknown): any {
  return unwrapValues(value);
}

/** Runs a core function that answers one cell; never throws. */
function cell(compute: () => CellResult): any {
  return guard<ExcelCell>(
    () => toExcelCell(compute()),
    (error) => error
  );
}

/** Runs a core function that answers a range (spilled by Excel); never throws. */
function spill(compute: () => CellResult[][] | CellError): any[][] {
  return guard<ExcelCell[][]>(
    () => toExcelMatrix(compute()),
    (error) => [[error]]
  );
}

/**
 * Runs a function that needs the catalogue: at once when it is loaded (always, after the first
 * moments of the runtime), else as a Promise that settles once it is; Excel shows #BUSY! until
 * then. A failed load answers #N/A with what to do, never a rejected Promise.
 *
 * Typed as `T`: custom-functions-metadata reads a result's dimensionality (matrix or scalar)
 * from the declared return type and drops it for a union with Promise, while Excel's runtime
 * accepts a Promise from any custom function.
 */
function needsKatalog<T>(compute: (katalog: Katalog) => T, asError: (e: ExcelCell) => T): T {
  const failed = () =>
    asError(
      toExcelError(
        new CellError(
          "#N/A",
          "Katalog bawaan gagal dimuat. Tutup lalu buka lagi panel Asisten IKI, atau muat ulang buku kerja."
        )
      )
    );
  try {
    const result = withActiveKatalog(compute);
    return result instanceof Promise ? (result.catch(failed) as T) : result;
  } catch {
    return failed();
  }
}

/**
 * Persentase: pembilang dibagi penyebut dikali 100. Menerima angka, teks angka ("12,5", "1.234,5") dan rentang berukuran sama (hasil per sel mengisi sel-sel di sekitarnya). Sel kosong menghasilkan sel kosong; penyebut nol menghasilkan #DIV/0!.
 * @customfunction PERSEN
 * @helpurl https://localhost:3000/help.html#fungsi-persen
 * @param pembilang Angka atau rentang pembilang, mis. jumlah desa yang menetapkan APBDes tepat waktu.
 * @param penyebut Angka atau rentang penyebut (ukuran sama dengan pembilang, atau satu sel), mis. jumlah desa.
 * @param [desimal] Opsional: jumlah angka di belakang koma untuk pembulatan hasil.
 * @returns Persentase (pembilang / penyebut x 100) untuk tiap sel.
 */
export function persen(pembilang: any[][], penyebut: any[][], desimal?: any): any[][] {
  return spill(() =>
    persenMatrix(
      range(pembilang) as CellMatrix,
      range(penyebut) as CellMatrix,
      one(desimal) as CellScalar
    )
  );
}

/**
 * Persentase dokumen tepat waktu (0-100): banyaknya sel tanggal yang jatuh pada atau sebelum batas waktu, dibagi banyaknya sel, dikali 100. Sel tanggal kosong dihitung tidak tepat waktu. Batas berupa tanggal atau kode dokumen RKPDES, APBDES, LPPDES (juga "RKPDesa", "RKP Desa") yang memerlukan tahun.
 * @customfunction TEPATWAKTU
 * @helpurl https://localhost:3000/help.html#fungsi-tepatwaktu
 * @param tanggal Rentang tanggal penetapan/penyampaian dokumen, satu sel per desa (nomor seri tanggal Excel atau teks "30/09/2024", "30 September 2024", "2024-09-30").
 * @param batas Batas waktu: tanggal, atau kode dokumen RKPDES, APBDES, LPPDES (batasnya diambil dari katalog untuk tahun penilaian). Boleh juga rentang seukuran tanggal.
 * @param [tahun] Tahun penilaian; wajib bila batas berupa kode dokumen, diabaikan bila batas berupa tanggal.
 * @returns Persentase sel yang tepat waktu.
 */
export function tepatWaktu(tanggal: any[][], batas: any[][], tahun?: any): any {
  return needsKatalog(
    (k) => cell(() => tepatWaktuCore(range(tanggal), range(batas), one(tahun), k)),
    (e) => e
  );
}

/**
 * Status ketepatan waktu per sel: "Tepat waktu" (pada atau sebelum batas), "Terlambat", atau "Belum ada" (sel tanggal kosong). Untuk rentang, hasil per sel mengisi sel-sel di sekitarnya.
 * @customfunction STATUSWAKTU
 * @helpurl https://localhost:3000/help.html#fungsi-statuswaktu
 * @param tanggal Tanggal atau rentang tanggal penetapan/penyampaian dokumen (nomor seri Excel atau teks tanggal).
 * @param batas Batas waktu: tanggal, atau kode dokumen RKPDES, APBDES, LPPDES (memerlukan tahun). Boleh juga rentang seukuran tanggal.
 * @param [tahun] Tahun penilaian; wajib bila batas berupa kode dokumen.
 * @returns Status per sel.
 */
export function statusWaktu(tanggal: any[][], batas: any[][], tahun?: any): any[][] {
  return needsKatalog(
    (k) => spill(() => statusWaktuMatrix(range(tanggal), range(batas), one(tahun), k)),
    (e) => [[e]]
  );
}

/**
 * Batas waktu dokumen desa pada tahun penilaian (nomor seri tanggal; format sel sebagai tanggal). RKPDES: 30 September tahun itu (RKPDesa untuk tahun anggaran berikutnya). APBDES: 31 Desember tahun itu (APBDesa untuk tahun anggaran berikutnya). LPPDES: 31 Maret tahun itu (LPPDesa tahun anggaran sebelumnya). Tanggal diambil dari katalog.
 * @customfunction BATASWAKTU
 * @helpurl https://localhost:3000/help.html#fungsi-bataswaktu
 * @param dokumen Kode dokumen: RKPDES, APBDES atau LPPDES (huruf besar/kecil bebas; "RKPDesa", "APB Desa" juga diterima).
 * @param tahun Tahun penilaian, mis. 2024.
 * @returns Tanggal batas waktu sebagai nomor seri Excel.
 */
export function batasWaktu(dokumen: any, tahun: any): any {
  return needsKatalog(
    (k) => cell(() => batasWaktuCore(one(dokumen), one(tahun), k)),
    (e) => e
  );
}

/**
 * Rata-rata semua angka yang diberikan (angka, sel, rentang). Sel kosong diabaikan; teks angka ("12,5") dihitung; teks lain memberi #VALUE! dengan letak selnya. Tanpa angka sama sekali: #DIV/0!.
 * @customfunction RATARATA
 * @helpurl https://localhost:3000/help.html#fungsi-ratarata
 * @param nilai Angka, sel atau rentang; boleh lebih dari satu, mis. =IKI.RATARATA(B2:B10; D2:D10).
 * @returns Rata-rata.
 */
export function rataRata(nilai: any[][][]): any {
  return cell(() => rataRataCore(unwrapValues(nilai)));
}

/**
 * Capaian kinerja (%). Polaritas positif (bawaan): realisasi / target x 100. Negatif (makin rendah makin baik): (2 x target - realisasi) / target x 100, paling rendah 0. Negatif-rasio: target / realisasi x 100. Target boleh rentang ("80-90", "80 s.d. 90", "80 sampai 90", atau dua sel bersebelahan): di atas rentang dibandingkan dengan batas atas, di bawahnya dengan batas bawah, di dalamnya 100 (PermenPAN-RB 8/2021). Teks berpersen ("87,10 %") dibaca 87,10; sel berformat persen sampai sebagai pecahan (0,871), jadi isi target dan realisasi dengan format yang sama. Rentang berukuran sama dihitung per sel; hasilnya mengisi sel-sel di sekitarnya. Sel kosong memberi hasil kosong; target nol memberi #DIV/0!. Templat Asisten IKI menulis rumus Excel biasa yang setara (terhitung tanpa add-in); fungsi ini dipakai bila diminta.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/help.html#fungsi-capaian
 * @param realisasi Angka atau rentang realisasi.
 * @param target Angka, teks rentang ("80-90") atau rentang target (ukuran sama dengan realisasi, satu sel, atau dua kolom batas bawah dan atas).
 * @param [polaritas] "positif" (juga "+", "naik"), "negatif" (juga "-", "turun") atau "negatif-rasio"; satu sel atau rentang seukuran realisasi. Kosong berarti positif.
 * @param [batas] Batas atas capaian, mis. 120: hasil yang lebih tinggi ditulis sebagai batas itu.
 * @returns Capaian (%) untuk tiap sel.
 */
export function capaian(
  realisasi: any[][],
  target: any[][],
  polaritas?: any[][],
  batas?: any[][]
): any[][] {
  return spill(() =>
    capaianMatrix(range(realisasi), range(target), range(polaritas ?? null), range(batas ?? null))
  );
}

/**
 * Pertumbuhan (%): (nilai_n - nilai_sebelumnya) / nilai_sebelumnya x 100. Rentang berukuran sama dihitung per sel; hasilnya mengisi sel-sel di sekitarnya. Sel kosong memberi hasil kosong; nilai_sebelumnya nol memberi #DIV/0!.
 * @customfunction PERTUMBUHAN
 * @helpurl https://localhost:3000/help.html#fungsi-pertumbuhan
 * @param nilai_n Angka atau rentang nilai tahun n.
 * @param nilai_sebelumnya Angka atau rentang nilai tahun sebelumnya (ukuran sama, atau satu sel).
 * @returns Pertumbuhan (%) untuk tiap sel.
 */
export function pertumbuhan(nilai_n: any[][], nilai_sebelumnya: any[][]): any[][] {
  return spill(() => changeMatrix(range(nilai_n), range(nilai_sebelumnya), "pertumbuhan"));
}

/**
 * Selisih: nilai_n - nilai_sebelumnya, dalam satuan indikator itu sendiri. Untuk indikator yang sendiri berupa persentase (angka kemiskinan 9,36 % menjadi 9,06 %) hasilnya perubahan dalam poin: -0,30 poin; PENURUNAN memberi 3,2 % (perubahan relatif). Pakai SELISIH bila laporan menyebut "turun 0,30 poin", PENURUNAN/PERTUMBUHAN bila menyebut persen perubahan. Teks berpersen dibaca sebagai poin. Rentang berukuran sama dihitung per sel; hasilnya mengisi sel-sel di sekitarnya.
 * @customfunction SELISIH
 * @helpurl https://localhost:3000/help.html#fungsi-selisih
 * @param nilai_n Angka atau rentang nilai tahun n.
 * @param nilai_sebelumnya Angka atau rentang nilai tahun sebelumnya (ukuran sama, atau satu sel).
 * @returns Selisih untuk tiap sel.
 */
export function selisih(nilai_n: any[][], nilai_sebelumnya: any[][]): any[][] {
  return spill(() => changeMatrix(range(nilai_n), range(nilai_sebelumnya), "selisih"));
}

/**
 * Penurunan (%): (nilai_sebelumnya - nilai_n) / nilai_sebelumnya x 100. Rentang berukuran sama dihitung per sel; hasilnya mengisi sel-sel di sekitarnya. Sel kosong memberi hasil kosong; nilai_sebelumnya nol memberi #DIV/0!.
 * @customfunction PENURUNAN
 * @helpurl https://localhost:3000/help.html#fungsi-penurunan
 * @param nilai_n Angka atau rentang nilai tahun n.
 * @param nilai_sebelumnya Angka atau rentang nilai tahun sebelumnya (ukuran sama, atau satu sel).
 * @returns Penurunan (%) untuk tiap sel.
 */
export function penurunan(nilai_n: any[][], nilai_sebelumnya: any[][]): any[][] {
  return spill(() => changeMatrix(range(nilai_n), range(nilai_sebelumnya), "penurunan"));
}

/**
 * Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017), skala 25-100: rata-rata nilai per unsur (sel kosong diabaikan per unsur), bobot sama 1/jumlah unsur yang terisi, dikali 25. Pilih hanya skor (tanpa judul): baris = responden, kolom = unsur, skor bilangan bulat 1-4. Templat Asisten IKI menulis rumus Excel biasa yang setara (terhitung tanpa add-in); fungsi ini dipakai bila diminta.
 * @customfunction IKM
 * @helpurl https://localhost:3000/help.html#fungsi-ikm
 * @param nilai Rentang jawaban survei: satu baris per responden, satu kolom per unsur (U1-U9), skor 1-4.
 * @param [bobot] Bobot tiap unsur: kosong atau "tepat" (1/jumlah unsur, bawaan), atau bobot yang dibulatkan seperti ditulis peraturan dan laporan, mis. 0,111 atau 0,11 (untuk memeriksa laporan yang dihitung begitu).
 * @returns Nilai IKM (25-100).
 */
export function ikm(nilai: any[][], bobot?: any): any {
  return cell(() => ikmCore(range(nilai), one(bobot)));
}

/**
 * Mutu pelayanan dari nilai IKM (25-100). Bawaan PermenPAN-RB 14/2017: "A" (>= 88,31), "B" (>= 76,61), "C" (>= 65,00), "D" (di bawahnya). Dengan skala 2004 (KEP/25/M.PAN/2/2004, laporan lama 14 unsur): "A" (>= 81,26), "B" (>= 62,51), "C" (>= 43,76), "D". Untuk rentang, hasil per sel mengisi sel-sel di sekitarnya. Templat Asisten IKI menulis rumus Excel biasa yang setara (terhitung tanpa add-in); fungsi ini dipakai bila diminta.
 * @customfunction MUTUIKM
 * @helpurl https://localhost:3000/help.html#fungsi-mutuikm
 * @param nilai_ikm Nilai IKM skala 25-100, atau rentangnya.
 * @param [skala] Kosong atau 2017 (PermenPAN-RB 14/2017, bawaan); 2004 untuk skala KEP/25/M.PAN/2/2004 yang dipakai laporan sebelum 2017.
 * @returns Huruf mutu pelayanan.
 */
export function mutuIkm(nilai_ikm: any[][], skala?: any): any[][] {
  return spill(() => mutuIkmMatrix(range(nilai_ikm), one(skala)));
}

/**
 * Predikat capaian (%): "Sangat Tinggi" (>= 91), "Tinggi" (>= 76), "Sedang" (>= 66), "Rendah" (>= 51), "Sangat Rendah" (di bawahnya). Untuk rentang, hasil per sel mengisi sel-sel di sekitarnya. Templat Asisten IKI menulis rumus Excel biasa yang setara (terhitung tanpa add-in); fungsi ini dipakai bila diminta.
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/help.html#fungsi-predikat
 * @param capaian Capaian dalam persen, atau rentangnya. Teks berpersen ("87,10 %") dibaca 87,10; sel berformat persen sampai sebagai pecahan (0,871) dan dinilai apa adanya.
 * @param [skala] Kosong: skala bawaan (Permendagri 86/2017). "baik": ambang sama dengan label Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang. "30/2019": PP 30/2019 (110 / 90 / 70 / 50). Atau skala dari lembar: dua kolom, ambang bawah dan predikatnya, satu baris per predikat (mis. 100 | Sangat Baik; 80 | Baik; 60 | Cukup; 0 | Kurang).
 * @returns Predikat untuk tiap sel.
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  return spill(() => predikatMatrix(range(capaian), skala == null ? null : range(skala)));
}

/**
 * Rumus indikator menurut katalog (pencarian tahan salah ketik). Bila katalog memuat rumus koreksi, rumus koreksi yang diberikan, kecuali koreksi berupa pola umum ("..."). Tidak ditemukan: #N/A.
 * @customfunction RUMUS
 * @helpurl https://localhost:3000/help.html#fungsi-rumus
 * @param indikator Nama indikator (atau rentang nama indikator), mis. "Persentase Desa yang menetapkan RKPDes Tepat Waktu".
 * @returns Rumus dari katalog.
 */
export function rumus(indikator: any[][]): any[][] {
  return needsKatalog(
    (k) => spill(() => rumusMatrix(range(indikator), k)),
    (e) => [[e]]
  );
}

/**
 * Isian katalog untuk indikator yang paling cocok (pencarian tahan salah ketik): kolom "id" (bawaan), "sumber", "pj", "sasaran", "satuan", "jenis", "polaritas", "indikator" atau "rumus". Tidak ditemukan: #N/A.
 * @customfunction KATALOG
 * @helpurl https://localhost:3000/help.html#fungsi-katalog
 * @param indikator Nama indikator (atau rentang nama indikator).
 * @param [kolom] Opsional: "id" (bawaan), "sumber" (sumber data), "pj" (penanggung jawab), "sasaran", "satuan", "jenis", "polaritas", "indikator" (rumusan di katalog) atau "rumus".
 * @returns Isian katalog untuk tiap sel.
 */
export function katalog(indikator: any[][], kolom?: any): any[][] {
  return needsKatalog(
    (k) => spill(() => katalogMatrix(range(indikator), one(kolom), k)),
    (e) => [[e]]
  );
}
