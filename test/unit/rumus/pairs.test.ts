/*
 * Hand-written pairs: [rumus A, rumus B, equivalent?, expected reason (substring) when not].
 * Quantities are taken from the seeds; each notation of issue #4 appears on at least one side.
 */
import { compareRumus } from "../../../src/core/rumus";

const D = "Jumlah desa yang menetapkan APBDes tepat waktu";
const DS = "Jumlah desa";
const F = "Jumlah Fasilitasi Kebutuhan Operasional Perkantoran yang dipenuhi";
const FR = "Jumlah Fasilitasi Kebutuhan Operasional Perkantoran yang direncanakan";
const BP = "Jumlah badan publik yang menerapkan standar layanan informasi";
const B = "Jumlah badan publik";
const CANON = `(${D} / ${DS}) x 100%`;
const CANON_F = `(${F} / ${FR}) x 100%`;

type Pair = [string, string, boolean, string?];

const pairs: Pair[] = [
  // --- notations of the same ratio x 100 ---
  [CANON, `${D} dibagi ${DS} dikali 100%`, true],
  [CANON, `${D} / ${DS} x 100%`, true],
  [CANON, `${D} / ${DS} x 100 %`, true],
  [CANON, `${D} / ${DS} x100`, true],
  [CANON, `${D} / ${DS} X 100%`, true],
  [CANON, `${D} / ${DS} × 100%`, true],
  [CANON, `${D} / ${DS} * 100%`, true],
  [CANON, `(${D} / ${DS})*100%`, true],
  [CANON, `${D} : ${DS} x 100%`, true],
  [CANON, `${D} ÷ ${DS} x 100%`, true],
  [CANON, `${D} dibagi dengan ${DS} dikalikan dengan 100`, true],
  [CANON, `100% x ${D} / ${DS}`, true],
  [CANON, `100 x ${D} / ${DS}`, true],
  [CANON, `100 x (${D} / ${DS})`, true],
  [CANON, `[${D} / ${DS}] x 100%`, true],
  [CANON, `$\\frac{\\text{${D}}}{\\text{${DS}}} \\times 100\\%$`, true],
  [CANON, `\\frac{${D}}{${DS}} \\times 100`, true],
  [CANON, `${D}\n-----\n${DS} x 100%`, true],
  [CANON, `${D}\n-----x 100%\n${DS}`, true],
  [CANON, `<p>${D}</p> <p>-----x 100%</p> <p>${DS}</p>`, true],
  [CANON, `${D.toUpperCase()} / ${DS.toUpperCase()} X 100%`, true],
  [CANON, `  ${D}   /   ${DS}   x   100 %  `, true],
  [CANON, `(${D} / ${DS}) x 100% Penjelasan : desa yang dimaksud tidak termasuk kelurahan`, true],
  [CANON, `Rumus : ${D} / ${DS} x 100%`, true],
  [CANON, `(Jumlah desa yang menetapkan APBDesa tepat waktu / Jumlah desa) x 100%`, true],
  [CANON, `(${D} / Jumlah seluruh desa) x 100%`, true],
  [CANON_F, `(Jumlah Fasilitasi Kebutuhan Operasional Perkantoran yang terpenuhi / ${FR}) x 100%`, true],
  [CANON_F, `${F} dibagi ${FR} dikali 100`, true],
  [CANON_F, `(Jumlah fasilitas kebutuhan operasional perkantoran yang dipenuhi / Jumlah fasilitas kebutuhan operasional perkantoran yang direncanakan) x 100 %`, true],
  [CANON_F, `(${F}/${FR}) x 100%`, true],
  // --- swapped, replaced, changed scale ---
  [`(${BP} / ${B}) x 100%`, `${B} / ${BP} x 100%`, false, "pembilang dan penyebut tertukar"],
  [CANON, `(${DS} / ${D}) x 100%`, false, "pembilang dan penyebut tertukar"],
  [CANON_F, `${FR} dibagi ${F} dikali 100`, false, "pembilang dan penyebut tertukar"],
  [CANON, `(${D} / ${B}) x 100%`, false, "penyebut berbeda"],
  [CANON, `(${BP} / ${DS}) x 100%`, false, "pembilang berbeda"],
  [CANON, `(Jumlah desa yang menetapkan RKPDes tepat waktu / ${DS}) x 100%`, false, "pembilang berbeda"],
  [CANON, `(${D} / Jumlah kelurahan) x 100%`, false, "penyebut berbeda"],
  [CANON, `${D} / ${DS}`, false, "dikali 100, sedangkan pembanding tidak"],
  [CANON, `${D} dibagi ${DS}`, false, "dikali 100, sedangkan pembanding tidak"],
  [`${D} / ${DS}`, CANON, false, "tidak dikali 100"],
  [CANON, `(${D} / ${DS}) x 1000`, false, ""],
  [CANON, `${D} x 100%`, false, ""],
  [CANON, `${D}`, false, "jenis perhitungan berbeda"],
  [CANON, "", false, "salah satu rumus kosong"],
  [CANON, `${D} / (100% x ${DS})`, false, ""],
  [CANON, `(${D} + ${DS}) x 100%`, false, ""],
  [CANON, `(${D} - ${DS}) / ${DS} x 100%`, false, ""],
  // --- growth and decrease ---
  ["(N - N-1)/N-1 x 100%", "((N - N-1) / N-1) x 100", true],
  ["(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N-1 x 100%", "$\\frac{(\\text{Jumlah UM Tahun N} - \\text{Jumlah UM tahun N-1})}{\\text{Jumlah UM tahun N-1}} \\times 100\\%$", true],
  ["(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N-1 x 100%", "(Jumlah UM tahun N - Jumlah UM tahun sebelumnya) dibagi Jumlah UM tahun sebelumnya dikali 100", true],
  ["(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N-1 x 100%", "(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N x 100%", false, "basis pertumbuhan berbeda"],
  ["(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N-1 x 100%", "(Jumlah UM tahun N-1 - Jumlah UM tahun N) / Jumlah UM tahun N-1 x 100%", false, ""],
  ["(Jumlah UM tahun N - Jumlah UM tahun N-1) / Jumlah UM tahun N-1 x 100%", "Jumlah UM tahun N - Jumlah UM tahun N-1", false, "jenis perhitungan berbeda"],
  ["(Pelanggaran tahun N-1 - Pelanggaran tahun N) / Pelanggaran tahun N-1 x 100%", "(Pelanggaran tahun sebelumnya - Pelanggaran tahun n) dibagi Pelanggaran tahun sebelumnya x 100", true],
  ["(Pelanggaran tahun N-1 - Pelanggaran tahun N) / Pelanggaran tahun N-1 x 100%", "(Pelanggaran tahun N-1 - Pelanggaran tahun N) / Pelanggaran tahun N x 100%", false, "basis penurunan berbeda"],
  ["(Realisasi pajak tahun n - Realisasi pajak tahun n-1) / Realisasi pajak tahun n-1 x 100", "(Jumlah Realisasi pajak (Tahun n - tahun n-1) / Jumlah Realisasi pajak tahun n-1) x 100", true],
  ["SHU tahun n - SHU tahun n-1", "SHU tahun N dikurangi SHU tahun N-1", true],
  ["SHU tahun n - SHU tahun n-1", "SHU tahun n-1 - SHU tahun n", false, ""],
  // --- averages and sums ---
  ["(persentase fasilitasi desa + persentase fasilitasi PKK) / 2", "Jumlah ( persentase fasilitasi desa + persentase fasilitasi PKK ) dibagi 2", true],
  ["(p desa + p kelurahan + p PKK kecamatan + p PKK kelurahan) / 4", "Jumlah (p desa + p kelurahan + p PKK kecamatan + p PKK kelurahan) dibagi 4", true],
  ["(a + b + c) / 3", "Jumlah ( a + b + c ) dibagi 4", false, "pembagi berbeda"],
  ["(persentase fasilitasi desa + persentase fasilitasi PKK) / 2", "(persentase fasilitasi desa + persentase fasilitasi PKK) / 2 x 100", false, "dikali 100"],
  ["(persentase fasilitasi desa + persentase fasilitasi PKK) / 2", "(persentase fasilitasi desa + persentase fasilitasi PPKM) / 2", false, ""],
  ["(Indeks Harapan Lama Sekolah + Indeks Rata-rata Lama Sekolah) / 2", "$\\frac{\\text{Indeks Harapan Lama Sekolah} + \\text{Indeks Rata-rata Lama Sekolah}}{2}$", true],
  ["Pajak hiburan + Pajak restoran + Pajak perhotelan", "Pajak restoran + Pajak hiburan + Pajak perhotelan", true],
  ["% Pengurangan Sampah + % Penanganan Sampah", "% Penanganan Sampah + % Pengurangan Sampah", true],
  ["Pajak hiburan + Pajak restoran", "Pajak hiburan + Pajak restoran + Pajak perhotelan", false, ""],
  // --- time ratio, threshold, index ---
  ["(Jumlah waktu riil penyusunan Raperda / Jumlah waktu normal penyusunan Raperda) x 100%", "Jumlah waktu riil penyusunan Raperda dibagi Jumlah waktu normal penyusunan Raperda dikali 100", true],
  ["(Jumlah waktu riil penyusunan Raperda / Jumlah waktu normal penyusunan Raperda) x 100%", "(Jumlah waktu normal penyusunan Raperda / Jumlah waktu riil penyusunan Raperda) x 100%", false, "tertukar"],
  ["(Jumlah keluarga yang memiliki IKS > 0,8 / Jumlah keluarga yang telah dikunjungi) x 100%", "Jumlah keluarga yang memiliki IKS > 0,8 dibagi Jumlah keluarga yang telah dikunjungi x 100", true],
  ["(Jumlah keluarga yang memiliki IKS > 0,8 / Jumlah keluarga yang telah dikunjungi) x 100%", "(Jumlah keluarga yang telah dikunjungi / Jumlah keluarga yang memiliki IKS > 0,8) x 100%", false, "tertukar"],
  ["H x V / C", "$\\frac{H \\times V}{C}$", true],
  ["H x V / C", "C x V / H", false, ""],
  ["100 - ((50 / 0,9) X (Ieu - 0,1))", "100 - (50 / 0,9) x (Ieu - 0,1)", true],
  ["(AHH - AHH Minimal) / (AHH Maksimal - AHH Minimal)", "$\\frac{\\text{AHH} - \\text{AHH Minimal}}{\\text{AHH Maksimal} - \\text{AHH Minimal}}$", true],
  ["(AHH - AHH Minimal) / (AHH Maksimal - AHH Minimal)", "(AHH - AHH Minimal) / AHH Maksimal", false, ""],
  // --- external values and counts ---
  ["Nilai IKM", "<p>Nilai IKM</p> <p>Penjelasan : Penilaian atas IKM didasarkan pada PermenPAN-RB 14/2017</p>", true],
  ["Data hasil perhitungan BPS", "Data hasil perhitungan dari BPS", true],
  ["Nilai IKM", "Data hasil perhitungan BPS", false, "besaran berbeda"],
  ["Nilai SAKIP", "Nilai IKM", false, "besaran berbeda"],
  ["Nilai IKM", "Jumlah pelayanan", false, "jenis perhitungan berbeda"],
  ["Jumlah Laporan Konflik yang Ditangani", "jumlah laporan konflik yang ditangani", true],
  ["Jumlah Dokumen Perencanaan", "Jumlah dokumen perencanaan.", true],
  ["Jumlah Laporan Konflik", "Jumlah Kunjungan Tamu terfasilitasi", false, "besaran berbeda"],
  ["Jumlah Paket cetakan", "Jumlah rapat yang terfasilitasi", false, "besaran berbeda"],
  ["Jumlah Dokumen Sinkronisasi", "Jumlah laporan hasil sinergitas", false, "besaran berbeda"],
  ["", "", true],
  ["", "Jumlah desa", false, "salah satu rumus kosong"],
  // --- the decree's defective formulas against their corrections ---
  [
    "Jumlah hasil fasilitasi dan koordinasi yang ditindaklanjuti / (100% x Jumlah fasilitasi dan koordinasi yang dilakukan)",
    "(Jumlah hasil fasilitasi dan koordinasi yang ditindaklanjuti / Jumlah fasilitasi dan koordinasi yang dilakukan) x 100%",
    false,
    "",
  ],
  ["(Jumlah kejadian yang ada / Jumlah kejadian yang ditangani) x 100%", "(Jumlah kejadian yang ditangani / Jumlah kejadian yang ada) x 100%", false, "tertukar"],
  ["Jumlah perusahaan yang patuh / Jumlah Perusahaan yang patuh x 100%", "Jumlah perusahaan yang patuh / Jumlah perusahaan x 100%", false, "penyebut berbeda"],
  ["(Jumlah OPD dengan capaian kinerja minimal 85% / Jumlah seluruh OPD) x 100%", "Jumlah OPD dengan capaian kinerja minimal 85% dibagi jumlah OPD x 100", true],
  ["(Jumlah rumah se - Kabupaten Lumajang / Jumlah KK se - Kabupaten Lumajang) x 100%", "(Jumlah rumah se-Kabupaten Lumajang / Jumlah KK se-Kabupaten Lumajang) x 100%", true],
  ["(Jumlah sekolah SD/MI yang terakreditasi / Jumlah sekolah SD/MI) x 100%", "Jumlah sekolah SD/MI yang terakreditasi dibagi jumlah sekolah SD/MI x 100%", true],
  ["(Jumlah pelanggaran Perda dan/atau Perkada yang ditindak / Jumlah pelanggaran Perda dan/atau Perkada) x 100%", "(Jumlah pelanggaran Perda dan/atau Perkada / Jumlah pelanggaran Perda dan/atau Perkada yang ditindak) x 100%", false, "tertukar"],
];

describe("compareRumus: hand-written pairs", () => {
  it("has at least 80 pairs", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(80);
  });

  // A rest parameter keeps the callback's arity at 0: jest would read a 4th parameter as `done`.
  it.each(pairs)("%s  <>  %s  => %p", (...row: Pair) => {
    const [a, b, equivalent, reason] = row;
    const result = compareRumus(a, b);
    expect(result.equivalent).toBe(equivalent);
    if (equivalent) expect(result.reasons).toEqual([]);
    else {
      expect(result.reasons.length).toBeGreaterThan(0);
      if (reason) expect(result.reasons.join("; ")).toContain(reason);
    }
  });

  it("is symmetric in its verdict", () => {
    for (const [a, b, equivalent] of pairs) expect(compareRumus(b, a).equivalent).toBe(equivalent);
  });
});
