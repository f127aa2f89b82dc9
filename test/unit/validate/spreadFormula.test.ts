/* A formula spread over cells (issue #11, section 2): rows under each other, "x 100%" beside. */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridValue, parseRange } from "../../../src/core/grid";
import { validateGrid } from "../../../src/core/validate";

const katalog = defaultKatalog();
const HEADER = ["No", "Indikator Kinerja", "Rumus", "", "Sumber Data", "Penanggung Jawab"];
const SUMBER = "Laporan bulanan";
const PJ = "Kepala Seksi Umum";

function grid(rows: GridValue[][], merges: string[]): Grid {
  return {
    sheet: "IKI",
    origin: { row: 0, col: 0 },
    values: [HEADER, ...rows],
    merges: ["C1:D1", ...merges].map((m) => parseRange(m)!),
  };
}

/** Warnings and errors (the indicators are not in the catalogue: that is an info). */
const fraction = (g: Grid) => validateGrid(g, katalog).findings.filter((f) => f.severity !== "info");
const rules = (g: Grid) => fraction(g).map((f) => `${f.rule} ${f.cell}`);

describe("a fraction spread over cells", () => {
  const rows: GridValue[][] = [
    ["1", "Persentase surat keluar yang diselesaikan tepat waktu", "Jumlah surat keluar tepat waktu", "x 100%", SUMBER, PJ],
    [null, null, "Jumlah surat keluar", null, null, null],
  ];
  const merged = ["A2:A3", "B2:B3", "D2:D3", "E2:E3", "F2:F3"];

  it("numerator over denominator, x 100% merged beside: a whole, correct formula", () => {
    expect(rules(grid(rows, merged))).toEqual([]);
  });

  it("with a dashed bar between them", () => {
    const barred: GridValue[][] = [rows[0], [null, null, "------------", null, null, null], rows[1]];
    expect(rules(grid(barred, ["A2:A4", "B2:B4", "D2:D4", "E2:E4", "F2:F4"]))).toEqual([]);
  });

  it("without the x 100% the percentage is still found to lack it", () => {
    const bare = rows.map((r) => r.map((v) => (v === "x 100%" ? null : v)));
    expect(rules(grid(bare, merged))).toEqual(["persen-tanpa-100 C2"]);
  });

  it("the indicator cell left empty instead of merged", () => {
    expect(rules(grid(rows, ["A2:A3", "D2:D3"]))).toEqual([]);
  });

  it("the numerator alone is still a percentage without a denominator", () => {
    expect(rules(grid([rows[0]], []))).toEqual(["persen-tanpa-penyebut C2"]);
  });

  describe("against the catalogue (IKU Persentase koperasi aktif)", () => {
    const koperasi = (numerator: string, denominator: string): GridValue[][] => [
      ["1", "Persentase koperasi aktif", numerator, "x 100%", "Data koperasi", "Dinas Koperasi dan Usaha Mikro"],
      [null, null, denominator, null, null, null],
    ];

    it("the catalogue's formula spread over two rows matches it", () => {
      expect(rules(grid(koperasi("Jumlah koperasi aktif", "Jumlah seluruh koperasi"), merged))).toEqual([]);
    });

    it("a different one gets the catalogue's formula as a suggestion, without a one-cell quick fix", () => {
      const found = fraction(grid(koperasi("Jumlah koperasi aktif", "Jumlah koperasi yang dibina"), merged));
      expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["rumus-tidak-sesuai C2"]);
      expect(found[0].suggestion).toMatch(/Jumlah seluruh koperasi/);
      expect(found[0].fix).toBeUndefined();
    });

    it("in one cell the same finding has its quick fix", () => {
      const one = koperasi("Jumlah koperasi aktif / Jumlah koperasi yang dibina x 100%", "").slice(0, 1);
      one[0][3] = null;
      expect(fraction(grid(one, []))[0].fix?.cell).toBe("C2");
    });
  });

  it("the next indicator is not taken as a denominator", () => {
    const two: GridValue[][] = [
      ["1", "Jumlah surat keluar", "Jumlah surat keluar", null, SUMBER, PJ],
      ["2", "Jumlah surat masuk", "Jumlah surat masuk", null, SUMBER, PJ],
    ];
    expect(rules(grid(two, []))).toEqual([]);
  });
});
