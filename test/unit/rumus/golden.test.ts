/*
 * Every formula of the catalogue and of the seeds parses to a known kind without throwing, and
 * the decree's known defects give the matching diagnostic. test/golden/rumus-kinds.json pins
 * the kind and the formula rules that report on each catalogue formula (regenerate on purpose:
 * `npm run golden:rumus`, then review the diff).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { compareRumus, parseRumus, RumusKind } from "../../../src/core/rumus";
import { ruleCodes } from "../../support/judge";
import { rumusGolden } from "../../../scripts/lib/rumusGolden";
import { seedTableRows, senduroRows } from "../../support/seedTables";

const katalog = defaultKatalog();
const golden = JSON.parse(readFileSync(path.resolve(__dirname, "../../golden/rumus-kinds.json"), "utf8"));

/** Kinds a formula may parse to, by the catalogue's jenis (independent of the parser). */
const COMPATIBLE: Record<string, RumusKind[]> = {
  persentase: ["rasio-x100", "ambang", "rasio-waktu", "penjumlahan"],
  jumlah: ["jumlah", "penjumlahan"],
  "rata-rata": ["rata-rata"],
  pertumbuhan: ["pertumbuhan"],
  penurunan: ["penurunan"],
  "rasio-waktu": ["rasio-waktu", "penjumlahan"],
  indeks: ["indeks", "rasio", "rasio-x100", "rata-rata"],
  "nilai-eksternal": ["nilai-eksternal"],
  lainnya: ["indeks", "lainnya", "rasio"],
};
/** Source defects whose diagnostic the parser must give on the decreed text. */
const DEFECT_DIAGNOSTIC: Record<string, string> = {
  "persen-di-penyebut": "kali-100-di-penyebut",
  "pembilang-sama-penyebut": "pembilang-sama-penyebut",
  "basis-pertumbuhan-salah": "basis-pertumbuhan-salah",
  "kurung-tidak-seimbang": "kurung-tidak-seimbang",
};

describe("catalogue formulas", () => {
  it("match the pinned kinds and formula rules", () => {
    expect(rumusGolden(katalog)).toEqual(golden);
  });

  it.each(katalog.entries.map((e) => [e.id, e]))("%s parses to a kind its jenis allows", (_id, e) => {
    const r = parseRumus(e.rumus, { indikator: e.indikator });
    const defects = (e.cacat ?? []).map((c) => c.kode);
    if (e.rumus === "") {
      expect(r.kind).toBe("kosong");
      expect(defects).toContain("rumus-kosong");
      return;
    }
    // A kind outside what the jenis allows is only accepted for an annotated defect.
    if (!COMPATIBLE[e.jenis].includes(r.kind)) expect(defects.length).toBeGreaterThan(0);
    for (const d of defects) {
      if (DEFECT_DIAGNOSTIC[d]) expect(ruleCodes(r)).toContain(DEFECT_DIAGNOSTIC[d]);
    }
  });

  const corrected = katalog.entries.filter((e) => e.rumusKoreksi && e.cacat?.some((c) => DEFECT_DIAGNOSTIC[c.kode]));
  it.each(corrected.map((e) => [e.id, e]))("%s: the corrected formula is free of the defect", (_id, e) => {
    const codes = ruleCodes(e.rumusKoreksi!, { indikator: e.indikator });
    for (const c of e.cacat!) if (DEFECT_DIAGNOSTIC[c.kode]) expect(codes).not.toContain(DEFECT_DIAGNOSTIC[c.kode]);
    expect(compareRumus(e.rumus, e.rumusKoreksi!).equivalent).toBe(false);
  });

  it("an inverted decree fraction is recognised against its correction", () => {
    const e = katalog.entri("iku-pd-bpbd-2")!;
    expect(compareRumus(e.rumus, e.rumusKoreksi!).reasons).toEqual(["pembilang dan penyebut tertukar"]);
  });

  it("reads 187 of the 187 non-empty catalogue formulas as a specific kind (as the README says)", () => {
    const kinds = katalog.entries.map((e) => parseRumus(e.rumus, { indikator: e.indikator }).kind);
    const nonEmpty = kinds.filter((k) => k !== "kosong");
    expect(nonEmpty).toHaveLength(187);
    expect(nonEmpty.filter((k) => k === "lainnya")).toEqual([]);
  });
});

describe("seed formulas", () => {
  /** The Rumus cell of every indicator row (joined across page breaks). */
  function rumusCells(prefix: "000" | "001" | "003" | "004"): Array<[string, number, string, string]> {
    return seedTableRows(prefix)
      .filter((r) => r.rumus.trim() !== "")
      .map((r) => [prefix, r.line, r.indikator, r.rumus]);
  }
  const senduro = senduroRows().map((r): [string, number, string, string] => ["002", r.line, r.indikator, r.rumus]);
  const cells = [...rumusCells("000"), ...rumusCells("001"), ...senduro, ...rumusCells("003"), ...rumusCells("004")];

  it("finds the 237 seed formula cells (as the README says)", () => {
    expect(cells).toHaveLength(237);
  });

  it.each(cells)("seed %s line %i parses to a specific kind: %s", (_s, _n, indikator, rumus) => {
    const r = parseRumus(rumus, { indikator });
    expect(r.kind).not.toBe("lainnya");
    expect(r.kind).not.toBe("kosong");
  });

  const byIndicator = (prefix: "000" | "001" | "003" | "004", startsWith: string) =>
    rumusCells(prefix).find(([, , ind, r]) => ind.startsWith(startsWith) || r.startsWith(startsWith))!;

  it.each([
    ["000", "rata-rata persentase", "kali-100-ganda"],
    ["001", "Persentase Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum", ""],
    ["004", "Persentase hasil fasilitasi dan koordinasi", "kali-100-di-penyebut"],
    ["004", "Rata-rata persentase desa", "kali-100-di-penyebut"],
  ])("seed %s, %s -> %s", (prefix, start, code) => {
    const [, , indikator, rumus] = byIndicator(prefix as "000", start);
    const codes = ruleCodes(rumus, { indikator });
    if (code) expect(codes).toContain(code);
    else expect(codes).toEqual([]);
  });

  it("seed 002 (one cell per line): the percentage without x100, the one without a denominator, the average of 5", () => {
    const rows = senduroRows();
    expect(rows).toHaveLength(6);
    const codes = (i: number) => ruleCodes(rows[i].rumus, { indikator: rows[i].indikator });
    expect(codes(0)).toContain("persen-tanpa-100");
    expect(codes(4)).toContain("persen-tanpa-penyebut");
    const average = parseRumus(rows[2].rumus, { indikator: rows[2].indikator });
    expect(average).toMatchObject({ kind: "rata-rata", divisor: 5 });
    expect(average.parts).toHaveLength(5);
    expect(codes(1)).toEqual([]); // PATEN: "dibagi ... dikali 100" is fine
  });
});
