import { TEMPLATE_KINDS } from "../core/template/kinds";
/**
 * Help texts of iki-cek, in a module of their own so that `iki-cek --help` loads nothing else
 * (no exceljs, mathjs or catalogue).
 */
export const PERIKSA_HELP = `iki-cek periksa: memeriksa tabel IKI/IKU dalam berkas .xlsx terhadap katalog

Pemakaian:
  iki-cek periksa BERKAS.xlsx|FOLDER... [--json] [--html LAPORAN.html] [--xlsx REKAP.xlsx]
                  [--katalog KATALOG.json]
  iki-cek periksa --banding LAMA.xlsx BARU.xlsx   IKU yang berganti sejak tahun sebelumnya

  FOLDER: semua berkas .xlsx di dalamnya (juga subfolder), berurutan menurut nama; berkas kunci
  Office (~$...) dan berkas sementara dilewati dan disebut jumlahnya. Pada prosesor 3 inti atau
  lebih berkas diperiksa paralel (IKI_CEK_PEKERJA_JUMLAH=N mengatur jumlah pekerja); untuk
  beberapa berkas laporan ditutup dengan rekap per unit.

Pilihan:
  --json             keluaran satu dokumen JSON: {"files":[{"file","tables","findings"}],"rekap"}
  --html BERKAS      tulis laporan HTML mandiri (dengan dasbor untuk beberapa berkas)
  --xlsx BERKAS      tulis rekap .xlsx: per unit dan berkas, satu baris per temuan
  --katalog BERKAS   pakai katalog lain (.json atau .xlsx hasil ekspor)
  --banding LAMA     bandingkan IKU tiap unit dengan berkas tahun sebelumnya (aturan iku-berganti):
                     IKU yang sama dikenali dari entri katalog, makna kata, atau rumus yang setara
  --timpa            boleh mengganti berkas --html yang sudah ada (berkas masukan tidak pernah)

Kode keluar: 0 tidak ada kesalahan, 1 ada temuan tingkat kesalahan, 2 salah pemakaian atau berkas tidak terbaca.
`;

export const KATALOG_HELP = `iki-cek katalog: menampilkan, mencari, mengekspor dan mengimpor katalog indikator

Pemakaian:
  iki-cek katalog [--cari TEKS] [--unit UNIT] [--jabatan JABATAN] [--level LEVEL] [--json]
  iki-cek katalog --xlsx KELUAR.xlsx          ekspor katalog ke Excel (satu lembar per unit)
  iki-cek katalog --impor MASUK.xlsx [-o KATALOG.json]
                                             impor katalog dari Excel, periksa, tulis JSON

Pilihan:
  --cari TEKS        cari indikator (toleran salah ketik); hasil berperingkat dengan skor
  --unit UNIT        id, nama atau singkatan unit (mis. kecamatan, "Dinas Kesehatan", bpbd)
  --jabatan JABATAN  id atau nama jabatan (mis. kasi-pemerintahan, "Kasi Pemerintahan")
  --level LEVEL      iku-kabupaten, iku-perangkat-daerah atau iki
  --json             keluaran JSON (satu dokumen)
  --katalog BERKAS   pakai katalog lain (.json atau .xlsx hasil ekspor) alih-alih bawaan
  -o, --keluar BERKAS  berkas tujuan untuk --impor (bawaan: cetak ke layar)
  --timpa            boleh mengganti berkas -o / --xlsx yang sudah ada
`;

/** --jenis and the kind-specific lines, from the registry of template kinds. */
const JENIS_HELP = TEMPLATE_KINDS.map((k) => `                       ${k.help}`).join(" |\n");
const DARI_HELP = TEMPLATE_KINDS.filter((k) => k.dari)
  .map((k) => `                       ${k.id}: ${k.dari!.help}`)
  .join("\n");

export const TEMPLAT_HELP = `iki-cek templat: menulis templat tabel IKI/IKU standar, lembar pengukuran triwulanan,
Survei Kepuasan Masyarakat, Matriks Peran Hasil, SKP atau Rencana Aksi ke berkas .xlsx

Pemakaian:
  iki-cek templat --unit UNIT [--jabatan JABATAN] --tahun TAHUN -o BERKAS.xlsx [pilihan]

Pilihan:
  --unit UNIT          unit katalog (mis. kecamatan, "Dinas Kesehatan")
  --jabatan JABATAN    jabatan untuk IKI (mis. kasi-pemerintahan, "Kasi Pemerintahan"); tanpa ini: IKU unit
  --jenis JENIS        tabel (bawaan: IKI bila --jabatan, selain itu IKU) |
${JENIS_HELP}
  --dari BERKAS.xlsx   baca tabel di berkas itu alih-alih katalog:
${DARI_HELP}
  --pola POLA          untuk skp: ja (administrator, pengawas, pelaksana, fungsional) | jpt
                       (dengan Perspektif); bawaan: jpt untuk pimpinan unit, ja untuk jabatan lain
  --responden N        untuk skm: N baris responden (bawaan 100; sampel minimal dihitung
                       dari jumlah populasi yang diisi di lembar)
  --nama-unit NAMA     nama kecamatan di kop (mis. Candipuro)
  --tahun TAHUN        tahun IKI/IKU
  --kosong N           N baris kosong alih-alih indikator dari katalog
  --ukuran JENIS       tidak | tahunan | triwulan (kolom Target, Realisasi, Capaian)
  --rumus JENIS        asli (bawaan): Capaian, Predikat, IKM dengan fungsi Excel biasa, terhitung
                       di Excel mana pun, LibreOffice atau WPS | iki: dengan fungsi IKI.* (membaca
                       target rentang "80-90" dan "87,10 %", tetapi #NAME? tanpa add-in)
  --tanpa-identitas    tanpa blok Jabatan/Tugas Pokok/Tujuan
  --tanpa-ttd          tanpa blok tanda tangan
  --tanggal TEKS       tanggal penandatanganan ("2 Januari")
  --katalog BERKAS     katalog lain
  -o, --keluar BERKAS  berkas .xlsx yang ditulis (tidak menimpa berkas yang ada)
  --timpa              boleh mengganti berkas -o yang sudah ada
`;

export const POHON_HELP = `iki-cek pohon: menggambar pohon kinerja (cascading) satu unit

Pemakaian:
  iki-cek pohon --unit UNIT -o POHON.svg|POHON.png [--dari IKI.xlsx] [--katalog KATALOG.json]

  Kotak per indikator: IKU Kabupaten di atas, IKU unit, lalu IKI tiap jabatan di bawah yang
  didukungnya. IKU tanpa IKI pendukung bergaris putus-putus merah dengan kotak "belum ada IKI
  pendukung"; IKI tanpa induk di samping pohon, per jabatan.

Pilihan:
  --unit UNIT        unit katalog (mis. kecamatan, "Dinas Kesehatan")
  --dari BERKAS      susun dari tabel IKI jabatan di berkas itu (bawaan: dari katalog)
  -o BERKAS          .svg (vektor: peramban, Inkscape, PowerPoint) atau .png (gambar)
  --katalog BERKAS   pakai katalog lain
  --timpa            boleh mengganti berkas keluaran yang sudah ada
`;
