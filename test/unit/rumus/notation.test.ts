/* Operators written as phrases (src/core/rumus/vocabulary.ts) and "kali" before a number. */
import { parseRumus } from "../../../src/core/rumus";
import { ruleCodes } from "../../support/judge";
import { NOTATION_PHRASES } from "../../../src/core/rumus/vocabulary";

const PERSEN = { indikator: "Persentase penduduk miskin" };

describe("formula notation", () => {
  it.each([
    ["Jumlah penduduk miskin dibagi jumlah penduduk, dinyatakan dalam satuan persen (%)"],
    ["Jumlah penduduk miskin dibagi jumlah penduduk dinyatakan dalam persen"],
    ["Jumlah penduduk miskin dibagi jumlah penduduk dikalikan seratus persen"],
    ["Jumlah penduduk miskin dibagi jumlah penduduk kali 100%"],
    ["Jumlah penduduk miskin / jumlah penduduk x 100%"],
  ])("%s is a percentage ratio (x 100)", (text) => {
    const r = parseRumus(text, PERSEN);
    expect(r.kind).toBe("rasio-x100");
    expect(r.multiplier).toBe(100);
    expect(ruleCodes(r)).toEqual([]);
  });

  it("the same ratio without any of them still lacks x 100", () => {
    expect(ruleCodes("Jumlah penduduk miskin dibagi jumlah penduduk", PERSEN)).toContain("persen-tanpa-100");
  });

  it.each([
    ["Perbandingan jumlah KTP yang terbit dengan penduduk yang merekam", "jumlah KTP yang terbit", "penduduk yang merekam"],
    ["Perbandingan antara jumlah akta terbit dan jumlah laporan", "jumlah akta terbit", "jumlah laporan"],
    ["Rasio jumlah guru terhadap jumlah murid", "jumlah guru", "jumlah murid"],
    ["Perbandingan jumlah laporan yang sesuai dengan pedoman terhadap jumlah laporan", "jumlah laporan yang sesuai dengan pedoman", "jumlah laporan"],
  ])("a comparison is a ratio: %s", (text, numerator, denominator) => {
    const r = parseRumus(text, { indikator: "Persentase penduduk ber-KTP" });
    expect([r.kind, r.numerator, r.denominator]).toEqual(["rasio", numerator, denominator]);
    expect(ruleCodes(r)).toEqual(["persen-tanpa-100"]);
  });

  it('"tahun sekarang" is the year N: a decrease divided by it has the wrong base', () => {
    const r = parseRumus("Jumlah konflik (tahun sebelumnya - tahun sekarang) / Jumlah konflik tahun sekarang x 100%", { indikator: "Penurunan konflik" });
    expect(r.kind).toBe("penurunan");
    expect(ruleCodes(r)).toContain("basis-pertumbuhan-salah");
  });

  it('"sesuai dengan" joins a phrase: no comparison, no division', () => {
    const text = "Perbandingan jumlah laporan yang telah sesuai dengan pedoman penyusunan";
    expect(ruleCodes(text, { indikator: "Persentase laporan tepat waktu" })).toEqual(["persen-tanpa-penyebut"]);
  });

  it('"kali" as an ordinary word is not an operator', () => {
    const r = parseRumus("Jumlah kegiatan yang dilaksanakan dua kali setahun dibagi jumlah kegiatan x 100%", { indikator: "Persentase kegiatan" });
    expect(r.kind).toBe("rasio-x100");
    expect(ruleCodes(r)).toEqual([]);
  });

  it("the Unicode minus sign is a minus", () => {
    const a = parseRumus("(Jumlah desa N − Jumlah desa N-1) / Jumlah desa N-1 x 100%", { indikator: "Pertumbuhan jumlah desa" });
    const b = parseRumus("(Jumlah desa N - Jumlah desa N-1) / Jumlah desa N-1 x 100%", { indikator: "Pertumbuhan jumlah desa" });
    expect(a.kind).toBe(b.kind);
    expect(a.formula).toBe(b.formula);
  });

  it.each([["–"], ["—"], ["−"]])("a spaced %s is a minus, as '-' is", (dash) => {
    const a = parseRumus(`(Jumlah desa N ${dash} Jumlah desa N-1) / Jumlah desa N-1 x 100%`, { indikator: "Pertumbuhan jumlah desa" });
    expect([a.kind, a.numerator]).toEqual(["pertumbuhan", "Jumlah desa N - Jumlah desa N-1"]);
  });

  it.each([
    ["{Jumlah A / Jumlah B} × 100%"],
    ["[Jumlah A ÷ Jumlah B] x 100%"],
    ["$\\frac{Jumlah A}{Jumlah B} \\times 100\\%$"],
    ["Jumlah A : Jumlah B x 100%"],
    ["(Jumlah A / Jumlah B) x 100,0%"],
  ])("%s: brackets, braces, ÷, :, $\\frac$, a decimal 100", (text) => {
    const r = parseRumus(text, { indikator: "Persentase A" });
    expect([r.kind, r.numerator, r.denominator, r.multiplier]).toEqual(["rasio-x100", "Jumlah A", "Jumlah B", 100]);
  });

  it("every phrase names where it was seen", () => {
    for (const p of NOTATION_PHRASES) expect(p.dilihat.length).toBeGreaterThan(5);
  });
});

describe("a percentage that multiplies by 100 but divides by nothing", () => {
  it("is persen-tanpa-penyebut, as the same formula without x 100 already was", () => {
    for (const rumus of ["Jumlah kegiatan pelayanan yang terlaksana x 100%", "Jumlah kegiatan pelayanan yang terlaksana"]) {
      expect(ruleCodes(rumus, { indikator: "Persentase kegiatan pelayanan yang terlaksana" })).toContain("persen-tanpa-penyebut");
    }
  });

  it("an index that is not a percentage may multiply by a constant", () => {
    expect(ruleCodes("Jumlah skor x 100", { indikator: "Indeks kepuasan layanan" })).toEqual([]);
  });
});
