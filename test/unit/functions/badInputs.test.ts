import * as IKI from "../../../src/functions/functions";
import { first, messageOf, shown } from "./shown";

/**
 * Unusable input for every function: the Excel error code and a piece of the Indonesian message.
 * Excel shows a message only with #VALUE! and #N/A; for #DIV/0! and #NUM! it must be absent.
 */
type Case = [string, () => unknown, string, string | null];

const col = (...values: unknown[]) => values.map((v) => [v]);
const ranges = (...r: unknown[][][]) => r as unknown as unknown[][][];
const NA = { code: "#N/A", message: "Data belum ada." };

const cases: Case[] = [
  // text
  ["PERSEN text", () => IKI.persen([["lima"]], [[10]]), "#VALUE!", 'pembilang: "lima" bukan angka'],
  [
    "CAPAIAN text target",
    () => IKI.capaian([[5]], [["sepuluh"]]),
    "#VALUE!",
    'target: "sepuluh" bukan angka',
  ],
  [
    "CAPAIAN text polaritas",
    () => IKI.capaian([[5]], [[10]], [["lebih baik"]]),
    "#VALUE!",
    'polaritas: "lebih baik" tidak dikenal',
  ],
  [
    "PERTUMBUHAN text",
    () => IKI.pertumbuhan([["n/a"]], [[10]]),
    "#VALUE!",
    'nilai_n: "n/a" bukan angka',
  ],
  [
    "PENURUNAN text",
    () => IKI.penurunan([[1]], [["-"]]),
    "#VALUE!",
    'nilai_sebelumnya: "-" bukan angka',
  ],
  [
    "RATARATA text",
    () => IKI.rataRata(ranges(col(1, "rata"))),
    "#VALUE!",
    'nilai (baris 2, kolom 1): "rata" bukan angka',
  ],
  ["IKM text", () => IKI.ikm([["puas"]]), "#VALUE!", '"puas" bukan skor survei'],
  ["MUTUIKM text", () => IKI.mutuIkm([["A"]]), "#VALUE!", 'nilai_ikm: "A" bukan angka'],
  ["PREDIKAT text", () => IKI.predikat([["tinggi"]]), "#VALUE!", 'capaian: "tinggi" bukan angka'],
  [
    "TEPATWAKTU text date",
    () => IKI.tepatWaktu(col(45565, "belum"), [["RKPDES"]], 2024),
    "#VALUE!",
    'tanggal (baris 2, kolom 1): "belum" bukan tanggal',
  ],
  [
    "TEPATWAKTU text deadline",
    () => IKI.tepatWaktu([[45565]], [["akhir September"]]),
    "#VALUE!",
    'batas: "akhir September" bukan tanggal',
  ],
  [
    "STATUSWAKTU US date order",
    () => IKI.statusWaktu([["09/30/2024"]], [[45565]]),
    "#VALUE!",
    "bulan 30 tidak ada",
  ],
  [
    "BATASWAKTU unknown document",
    () => IKI.batasWaktu("RPJMDes", 2024),
    "#VALUE!",
    "tulis RKPDES, APBDES atau LPPDES",
  ],
  [
    "BATASWAKTU text year",
    () => IKI.batasWaktu("RKPDES", "tahun ini"),
    "#VALUE!",
    'tahun: "tahun ini" bukan angka',
  ],
  [
    "RUMUS unknown indicator",
    () => IKI.rumus([["Jumlah kucing"]]),
    "#N/A",
    'Indikator "Jumlah kucing" tidak ditemukan',
  ],
  [
    "KATALOG unknown column",
    () => IKI.katalog([["IKM"]], "warna"),
    "#VALUE!",
    'kolom "warna" tidak dikenal',
  ],
  // blanks the result cannot do without
  [
    "TEPATWAKTU code without year",
    () => IKI.tepatWaktu([[45565]], [["APBDES"]], null),
    "#VALUE!",
    "batas APBDES memerlukan tahun",
  ],
  [
    "STATUSWAKTU code with blank year",
    () => IKI.statusWaktu([[45565]], [["LPPDES"]], ""),
    "#VALUE!",
    "batas LPPDES memerlukan tahun",
  ],
  ["RATARATA only blanks", () => IKI.rataRata(ranges(col(null, ""))), "#DIV/0!", null],
  // zero
  ["PERSEN zero divisor", () => IKI.persen([[5]], [[0]]), "#DIV/0!", null],
  ["CAPAIAN zero target", () => IKI.capaian([[5]], [["0"]]), "#DIV/0!", null],
  ["CAPAIAN negatif zero target", () => IKI.capaian([[5]], [[0]], [["negatif"]]), "#DIV/0!", null],
  ["PERTUMBUHAN zero base", () => IKI.pertumbuhan([[5]], [["0,0"]]), "#DIV/0!", null],
  ["PENURUNAN zero base", () => IKI.penurunan([[5]], [[0]]), "#DIV/0!", null],
  [
    "IKM score 0",
    () => IKI.ikm([[0]]),
    "#VALUE!",
    "0 bukan skor survei; skor harus bilangan bulat 1 sampai 4",
  ],
  [
    "STATUSWAKTU serial 0",
    () => IKI.statusWaktu([[0]], [[45565]]),
    "#VALUE!",
    "0 bukan tanggal Excel",
  ],
  ["BATASWAKTU year 0", () => IKI.batasWaktu("RKPDES", 0), "#VALUE!", "tahun: 0 bukan tahun"],
  // negative
  ["IKM negative score", () => IKI.ikm([[-3]]), "#VALUE!", "-3 bukan skor survei"],
  [
    "MUTUIKM negative",
    () => IKI.mutuIkm([[-80]]),
    "#VALUE!",
    "-80 di luar skala IKM 25 sampai 100",
  ],
  [
    "TEPATWAKTU negative serial",
    () => IKI.tepatWaktu(col(45565, -1), [[45565]]),
    "#VALUE!",
    "tanggal (baris 2, kolom 1): -1 bukan tanggal Excel",
  ],
  [
    "BATASWAKTU negative year",
    () => IKI.batasWaktu("LPPDES", -2024),
    "#VALUE!",
    "-2024 bukan tahun",
  ],
  // huge
  ["PERSEN overflow", () => IKI.persen([[1e308]], [[1e-308]]), "#NUM!", null],
  ["CAPAIAN overflow", () => IKI.capaian([[1e308]], [[1e-10]]), "#NUM!", null],
  ["PERTUMBUHAN overflow", () => IKI.pertumbuhan([[1e308]], [[-1e-300]]), "#NUM!", null],
  ["RATARATA overflow", () => IKI.rataRata(ranges(col(1e308, 1e308))), "#NUM!", null],
  ["MUTUIKM huge", () => IKI.mutuIkm([[1e300]]), "#VALUE!", "di luar skala IKM"],
  [
    "STATUSWAKTU after 9999",
    () => IKI.statusWaktu([[3e6]], [[45565]]),
    "#VALUE!",
    "bukan tanggal Excel (nomor seri 1 sampai 2958465)",
  ],
  [
    "BATASWAKTU year 10000",
    () => IKI.batasWaktu("RKPDES", 10000),
    "#VALUE!",
    "10000 bukan tahun (bilangan bulat 1900 sampai 9999)",
  ],
  ["IKM huge score", () => IKI.ikm([[1e9]]), "#VALUE!", "1000000000 bukan skor survei"],
  // booleans
  [
    "PERSEN boolean",
    () => IKI.persen([[true]], [[10]]),
    "#VALUE!",
    "nilai logika (TRUE) bukan angka",
  ],
  [
    "CAPAIAN boolean",
    () => IKI.capaian([[5]], [[false]]),
    "#VALUE!",
    "target: nilai logika (FALSE) bukan angka",
  ],
  [
    "CAPAIAN boolean polaritas",
    () => IKI.capaian([[5]], [[10]], [[true]]),
    "#VALUE!",
    "polaritas: TRUE tidak dikenal",
  ],
  [
    "RATARATA boolean",
    () => IKI.rataRata(ranges([[true]])),
    "#VALUE!",
    "nilai logika (TRUE) bukan angka",
  ],
  [
    "IKM boolean",
    () => IKI.ikm([[4, true]]),
    "#VALUE!",
    "nilai (baris 1, kolom 2): TRUE bukan skor survei",
  ],
  [
    "PREDIKAT boolean",
    () => IKI.predikat([[true]]),
    "#VALUE!",
    "capaian: nilai logika (TRUE) bukan angka",
  ],
  [
    "STATUSWAKTU boolean",
    () => IKI.statusWaktu([[true]], [[45565]]),
    "#VALUE!",
    "tanggal: TRUE bukan tanggal",
  ],
  [
    "BATASWAKTU boolean document",
    () => IKI.batasWaktu(true, 2024),
    "#VALUE!",
    "dokumen: TRUE tidak dikenal",
  ],
  ["RUMUS boolean", () => IKI.rumus([[false]]), "#VALUE!", "indikator: FALSE bukan teks"],
  // error values arriving as input
  ["PERSEN error value", () => IKI.persen([[NA]], [[10]]), "#N/A", "Data belum ada."],
  ["CAPAIAN error value", () => IKI.capaian([[5]], [[{ code: "#DIV/0!" }]]), "#DIV/0!", null],
  [
    "TEPATWAKTU error value",
    () => IKI.tepatWaktu(col(45565, NA), [[45565]]),
    "#N/A",
    "Data belum ada.",
  ],
  ["KATALOG error value", () => IKI.katalog([[NA]], "pj"), "#N/A", "Data belum ada."],
  [
    "PERSEN unknown object",
    () => IKI.persen([[{ code: "#REF!" }]], [[10]]),
    "#VALUE!",
    "pembilang: sel berisi #REF!, bukan angka",
  ],
  // mismatched shapes
  [
    "PERSEN shapes",
    () => IKI.persen(col(1, 2), col(1, 2, 3)),
    "#VALUE!",
    "Ukuran pembilang (2x1) dan penyebut (3x1) harus sama",
  ],
  [
    "CAPAIAN shapes",
    () => IKI.capaian([[1, 2]], col(1, 2)),
    "#VALUE!",
    "Ukuran realisasi (1x2) dan target (2x1) harus sama",
  ],
  [
    "PERTUMBUHAN shapes",
    () => IKI.pertumbuhan(col(1, 2), col(1, 2, 3)),
    "#VALUE!",
    "Ukuran nilai_n (2x1) dan nilai_sebelumnya (3x1) harus sama",
  ],
  [
    "PENURUNAN shapes",
    () => IKI.penurunan(col(1, 2, 3), [[1, 2, 3]]),
    "#VALUE!",
    "Ukuran nilai_n (3x1) dan nilai_sebelumnya (1x3) harus sama",
  ],
  [
    "TEPATWAKTU shapes",
    () => IKI.tepatWaktu(col(1, 2), col(1, 2, 3)),
    "#VALUE!",
    "Ukuran tanggal (2x1) dan batas (3x1) harus sama",
  ],
  [
    "STATUSWAKTU shapes",
    () => IKI.statusWaktu(col(1, 2), [[1, 2]]),
    "#VALUE!",
    "Ukuran tanggal (2x1) dan batas (1x2) harus sama",
  ],
  ["PERSEN empty range", () => IKI.persen([], [[1]]), "#VALUE!", "Rentang kosong"],
  ["CAPAIAN empty range", () => IKI.capaian([], [[1]]), "#VALUE!", "Rentang realisasi kosong"],
];

describe("unusable input gives an Excel error with an Indonesian message", () => {
  it.each(cases)("%s", (_name, call, code, message) => {
    const result = call();
    expect(shown(first(result))).toBe(code);
    const text = messageOf(result);
    if (message === null) expect(text ?? "").toBe("");
    else expect(text).toContain(message);
  });

  it("covers every function", () => {
    const names = new Set(cases.map(([name]) => name.split(" ")[0]));
    for (const fn of [
      "PERSEN",
      "TEPATWAKTU",
      "STATUSWAKTU",
      "BATASWAKTU",
      "RATARATA",
      "CAPAIAN",
      "PERTUMBUHAN",
      "PENURUNAN",
      "IKM",
      "MUTUIKM",
      "PREDIKAT",
      "RUMUS",
      "KATALOG",
    ]) {
      expect(names).toContain(fn);
    }
  });
});
