/**
 * Measurement tables (Perjanjian Kinerja, LKjIP): found without a Rumus column, their typed
 * capaian recomputed. The planted errors below were written by hand, each with the value the
 * report should have had, so the expected cells are not read back from the validator.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridReader, GridValue, MergedArea, parseRange } from "../../../src/core/grid";
import { detectTables, validateGrid } from "../../../src/core/validate";
import { measureColumns } from "../../../src/core/validate/measureColumns";
import { lowerIsBetterWording } from "../../../src/core/validate/polarityVocabulary";

const katalog = defaultKatalog();
const grid = (values: GridValue[][], merges: string[] = []): Grid => ({
  sheet: "LKjIP",
  origin: { row: 0, col: 0 },
  values,
  merges: merges.map((m) => parseRange(m) as MergedArea),
});

/** An LKjIP table: the year over Target | Realisasi | Capaian, two years side by side. */
const LKJIP = grid(
  [
    ["PENGUKURAN KINERJA TAHUN 2024", null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "2023",
      null,
      null,
      "2024",
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Target",
      "Realisasi",
      "Capaian (%)",
    ],
    // right in both years: 60/80 = 75; 72/80 = 90
    [
      "1",
      "Meningkatnya kualitas pelayanan publik",
      "Persentase pengaduan yang ditindaklanjuti",
      "%",
      80,
      60,
      75,
      80,
      72,
      90,
    ],
    // planted in 2024: 85,5 / 90 = 95 exactly, written 94 (an error); 2023 truncated 88,3/92 = 95,978... as 95,97
    [null, null, "Persentase arsip yang tertata", "%", 92, "88,3", "95,97", 90, "85,5", 94],
    // lower is better (angka kemiskinan): 2023 right by (2 x 9,5 - 9,06) / 9,5 = 104,63; 2024
    // planted: computed as realisasi / target (8,9 / 9,2 = 96,74) where it should be 103,26
    [
      "2",
      "Menurunnya kemiskinan",
      "Angka kemiskinan",
      "%",
      "9,5",
      "9,06",
      "104,63",
      "9,2",
      "8,9",
      "96,74",
    ],
    // one capaian typed as a fraction among points (a cell formatted as %): 2024 0,9
    [
      "3",
      "Meningkatnya tata kelola",
      "Persentase laporan yang disampaikan tepat waktu",
      "%",
      100,
      100,
      100,
      100,
      90,
      0.9,
    ],
    [null, null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null],
  ],
  ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:J3", "B5:B6"]
);

describe("measurement tables", () => {
  it("are found without a Rumus column, with one set of columns per year", () => {
    const reader = new GridReader(LKJIP);
    const [table] = detectTables(reader);
    expect(table.jenis).toBe("pengukuran");
    expect(table.bodyRows).toEqual([4, 5, 6, 7]);
    expect(measureColumns(table)).toEqual([
      { period: "2023", target: 4, realisasi: 5, capaian: 6 },
      { period: "2024", target: 7, realisasi: 8, capaian: 9 },
    ]);
  });

  it("flag the planted arithmetic errors on their rows, and nothing a measurement table lacks", () => {
    const { findings } = validateGrid(LKJIP, katalog);
    const by = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(by("capaian-salah-hitung")).toEqual(["J6", "J7"]);
    expect(by("capaian-dipotong")).toEqual(["G6"]);
    expect(by("capaian-pecahan")).toEqual(["J8"]);
    // No Rumus, Sumber Data or Penanggung Jawab column is expected of a measurement table.
    expect(by("kolom-hilang")).toEqual([]);
    expect(by("rumus-tidak-diperiksa")).toEqual([]);
    const kemiskinan = findings.find((f) => f.cell === "J7")!;
    expect(kemiskinan.message).toContain("103,26");
    expect(kemiskinan.message).toContain("angka kemiskinan");
    const arsip = findings.find((f) => f.cell === "J6")!;
    expect(arsip.message).toContain("tertulis 94");
    expect(arsip.message).toContain("= 95,00");
  });

  it("keep the finding of a standard IKI table that lacks columns", () => {
    const { findings } = validateGrid(
      grid([
        ["Indikator Kinerja", "Rumus", "Target", "Realisasi"],
        ["Persentase surat yang diproses", "Surat diproses / surat masuk x 100%", 80, 60],
      ]),
      katalog
    );
    expect(findings.filter((f) => f.rule === "kolom-hilang")).toHaveLength(2);
  });

  it.each([
    [
      "Target 2024 | Realisasi 2024 | Capaian 2024 in one header row",
      [["Indikator", "Target 2024", "Realisasi 2024", "Capaian 2024"]],
      [{ period: "2024", target: 1, realisasi: 2, capaian: 3 }],
    ],
    [
      "Target | Realisasi | Capaian once",
      [["Indikator", "Target", "Realisasi", "Capaian (%)"]],
      [{ period: "", target: 1, realisasi: 2, capaian: 3 }],
    ],
    [
      "a table without Capaian",
      [["Indikator", "Target", "Realisasi"]],
      [{ period: "", target: 1, realisasi: 2 }],
    ],
  ])("column sets: %s", (_name, header, expected) => {
    const reader = new GridReader(grid([...header, ["Persentase surat yang diproses", 1, 1, 1]]));
    const [table] = detectTables(reader);
    expect(measureColumns(table)).toEqual(expected);
  });
});

describe("polarity from the indicator's wording", () => {
  it.each([
    ["Angka kemiskinan", "angka kemiskinan"],
    ["Persentase penduduk miskin", "penduduk miskin"],
    ["Prevalensi stunting pada balita", "prevalensi"],
    ["Tingkat Pengangguran Terbuka (TPT)", "tingkat pengangguran"],
    ["Persentase penurunan angka kemiskinan", undefined],
    ["Menurunnya kasus stunting", undefined],
    ["Persentase penanganan kawasan kumuh", undefined],
    ["Persentase surat yang diproses", undefined],
  ])("%s", (indikator, word) => {
    expect(lowerIsBetterWording(indikator)).toBe(word);
  });
});
