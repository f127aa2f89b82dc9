/*
 * What people write around a formula (issue #11, section 2): a result or target after "=",
 * figures filled in, a legend naming the symbols, a fraction bar run into one line.
 */
import { parseRumus } from "../../../src/core/rumus";
import { splitLegend } from "../../../src/core/rumus/legend";
import { ruleCodes } from "../../support/judge";

const PERSEN = { indikator: "Persentase penduduk miskin" };
const MISKIN = "(Jumlah penduduk miskin) / (Jumlah penduduk) x 100%";

describe("a result, a target or a worked example after the formula", () => {
  it.each([
    ["A/B X 100% = 100", "A", "B"],
    ["A / B x 100% = 90%", "A", "B"],
    ["Jumlah penduduk miskin / jumlah penduduk x 100% = 9,36%", "Jumlah penduduk miskin", "jumlah penduduk"],
    ["Jumlah penduduk miskin / jumlah penduduk x 100% = 7.012 / 10.456 x 100% = 67,06%", "Jumlah penduduk miskin", "jumlah penduduk"],
    ["Jumlah penduduk miskin / jumlah penduduk x 100% (7.012/10.456) x 100% = 67,06", "Jumlah penduduk miskin", "jumlah penduduk"],
    ["A ----- x 100 % (7.012/10.456) x 100 % = 67,06 B", "A", "B"],
    ["A\n----- x 100 %   (7.012/10.456) x 100 % = 67,06\nB", "A", "B"],
    // Karangasem (corpus): the formula in words, "sama dengan" its target, then in symbols.
    [
      "Jumlah desa tertib (DTKB) dibagi jumlah seluruh desa (SLRHD) dikalikan seratus persen sama dengan seratus atau DTKB/SLRHD X 100% = 100",
      "Jumlah desa tertib (DTKB)",
      "jumlah seluruh desa (SLRHD)",
    ],
  ])("%j is the fraction alone", (text, numerator, denominator) => {
    const r = parseRumus(text, PERSEN);
    expect([r.kind, r.numerator, r.denominator, r.multiplier]).toEqual(["rasio-x100", numerator, denominator, 100]);
    expect(ruleCodes(r)).toEqual([]);
  });

  it("a label before '=' is not the formula", () => {
    const r = parseRumus("IA = Σ Pn / Σ P0", { indikator: "Indeks harga" });
    expect([r.numerator, r.denominator]).toEqual(["Σ Pn", "Σ P0"]);
  });

  it("of a short and a spelt-out form, the spelt-out one", () => {
    expect(parseRumus("IP = Σ IPi (i = 1 s.d. 4) = IP1 + IP2 + IP3 + IP4").parts).toEqual(["IP1", "IP2", "IP3", "IP4"]);
  });

  it("a constant factor in brackets is not a worked example", () => {
    const r = parseRumus("100 - ((84,3 - (TH x 100)) x (50/54,3))", { indikator: "Indeks kualitas tutupan lahan" });
    expect(r.formula).toContain("(50/54,3)");
  });

  it("figures alone are kept: there is no formula to strip them from", () => {
    expect(parseRumus("(7.012/10.456) x 100%").multiplier).toBeCloseTo(67.06, 2);
  });

  it("a fraction multiplied by 100 twice is still found", () => {
    expect(ruleCodes("A / B x 100 x 100%", PERSEN)).toEqual(["kali-100-ganda"]);
  });
});

describe("a legend that names the symbols", () => {
  it.each([
    ["A / B x 100%\nA = Jumlah penduduk miskin\nB = Jumlah penduduk"],
    ["A/B x 100%\nA: Jumlah penduduk miskin\nB: Jumlah penduduk"],
    ["A / B x 100%\nA adalah Jumlah penduduk miskin;\nB adalah Jumlah penduduk."],
    ["A / B x 100%, dengan A = Jumlah penduduk miskin dan B = Jumlah penduduk"],
    ["A / B x 100% A = Jumlah penduduk miskin B = Jumlah penduduk"],
    ["A\n-------- x 100%\nB\nA = Jumlah penduduk miskin\nB = Jumlah penduduk"],
    ["A / B x 100%\nKeterangan: A = Jumlah penduduk miskin, B = Jumlah penduduk"],
  ])("%j reads as its quantities", (text) => {
    const r = parseRumus(text, PERSEN);
    expect(r.formula.replace(/ ?\/ ?/, " / ")).toBe(MISKIN);
    expect(r.penjelasan).toMatch(/^A\b.*Jumlah penduduk miskin/);
    expect(ruleCodes(r)).toEqual([]);
  });

  it("a legend's names make the usual checks possible", () => {
    // The numerator and denominator are the same quantity: visible only once the legend is read.
    expect(ruleCodes("A / B x 100%\nA = Jumlah desa\nB = Jumlah desa", { indikator: "Persentase desa" })).toContain(
      "pembilang-sama-penyebut"
    );
  });

  it("a label on the first line is not a legend", () => {
    expect(splitLegend("IKM = Total nilai persepsi / total unsur terisi x 25")).toBeUndefined();
    expect(splitLegend("A : B x 100%")).toBeUndefined(); // a colon that divides
  });

  it("symbols the legend does not name stay as they are", () => {
    const r = parseRumus("A / B x 100%\nA = Jumlah penduduk miskin");
    expect(r.formula).toBe("(Jumlah penduduk miskin) / B x 100%");
  });

  it("a long legend is read in linear time", () => {
    const started = Date.now();
    parseRumus("A / B x 100%\n" + "A = jumlah ".repeat(20_000), PERSEN);
    // Runs of punctuation at the end of a meaning or of the formula ("[;,.]+$" would be quadratic).
    parseRumus(`A / B x 100%${";".repeat(30_000)}x\nA = jumlah desa${";, ".repeat(30_000)}x`, PERSEN);
    expect(Date.now() - started).toBeLessThan(5_000); // a bound on a hang, not a timing claim
  });
});

describe("a change in percentage points", () => {
  it.each([
    ["TPT tahun N-1 - TPT tahun N", { indikator: "Penurunan tingkat pengangguran terbuka", persen: true }],
    ["Persentase penduduk miskin tahun N - Persentase penduduk miskin tahun N-1", { indikator: "Persentase penduduk miskin" }],
  ])("%j is a difference, not a growth rate, and needs no denominator", (text, context) => {
    const r = parseRumus(text, context);
    expect(r.kind).toBe("selisih");
    expect(ruleCodes(r)).toEqual([]);
  });
});
