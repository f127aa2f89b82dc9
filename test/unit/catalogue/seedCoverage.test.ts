/*
 * Coverage of the catalogue, with expectations derived from the seed texts themselves (not
 * from the catalogue file): every indicator row of the decree (seed 004) and of the kecamatan
 * IKI documents (seeds 000-003) must resolve to a catalogue entry.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { normaliseText } from "../../../src/core/catalogue/normalise";
import { seedFile, seedLines } from "../../support/seeds";
import { senduroRows, tableRows } from "../../support/seedTables";

const katalog = defaultKatalog();

/** Indicator rows of a line range (see test/support/seedTables.ts for the reading rules). */
function tableIndicators(lines: string[], from: number, to: number): Array<{ line: number; text: string }> {
  return tableRows(lines, from, to).map((r) => ({ line: r.line, text: r.indikator }));
}

describe("seed 004, Keputusan Bupati: every numbered IKU row is in the catalogue", () => {
  const lines = seedLines("004");
  const file = seedFile("004");
  const lampiran2 = lines.findIndex((l) => /^(1\.\s*)?Instansi\s*:/.test(l.trim()));
  const instansiStarts = lines
    .map((l, n) => ({ n, m: /^(?:(\d+)\.\s*)?Instansi\s*:\s*(.+)$/.exec(l.replace(/\t/g, " ").trim()) }))
    .filter((x) => x.m);

  it("finds the 32 instansi of Lampiran II and maps each to a catalogue unit", () => {
    expect(instansiStarts).toHaveLength(32);
    const units = instansiStarts.map(({ m }) => katalog.findUnit(m![2].replace(/\s*\(.*\)$/, "")));
    expect(units.every(Boolean)).toBe(true);
    expect(new Set(units.map((u) => u!.id)).size).toBe(32);
  });

  const lampiran1 = tableIndicators(lines, 1, lampiran2 - 1);
  it("Lampiran I has 31 IKU, numbered 1..31 in the indicator text", () => {
    expect(lampiran1.map((r) => lines[r.line].split("\t")[2].match(/^(\d+)\./)?.[1])).toEqual(
      Array.from({ length: 31 }, (_, i) => String(i + 1))
    );
  });

  it.each(lampiran1.map((r) => [r.line, r.text]))("Lampiran I, line %i: %s", (line, text) => {
    const [hit] = katalog.search(text as string, { unit: "pemkab", limit: 1 });
    expect(hit?.kind).toBe("sama");
    expect(hit.entri.provenance.some((p) => p.berkas === file && p.baris === line)).toBe(true);
  });

  const lampiran2Rows = instansiStarts.flatMap(({ n, m }, i) => {
    const end = i + 1 < instansiStarts.length ? instansiStarts[i + 1].n - 1 : lines.length - 1;
    const unit = katalog.findUnit(m![2].replace(/\s*\(.*\)$/, ""))!;
    return tableIndicators(lines, n, end).map((r) => [unit?.id, r.line, r.text] as const);
  });

  it("Lampiran II yields indicator rows for every instansi", () => {
    expect(new Set(lampiran2Rows.map((r) => r[0])).size).toBe(32);
  });

  it.each(lampiran2Rows)("Lampiran II, %s, line %i: %s", (unit, line, text) => {
    const entries = katalog.entriesFor({ unit });
    const traced = entries.filter((e) => e.provenance.some((p) => p.berkas === file && p.baris === line));
    expect(traced.length).toBeGreaterThan(0);
    const [hit] = katalog.search(text, { unit, limit: 1 });
    expect(hit?.score).toBeGreaterThanOrEqual(0.8);
    expect(traced.map((e) => e.id)).toContain(hit.entri.id);
  });
});

describe("seeds 000-003, kecamatan IKI: every indicator row resolves to an IKI entry", () => {
  function ikiRows(prefix: "000" | "001" | "003"): Array<{ line: number; text: string }> {
    const lines = seedLines(prefix);
    return tableIndicators(lines, 1, lines.length - 1);
  }
  const rows: Array<[string, number, string]> = [
    ...ikiRows("000").map((r) => ["000", r.line, r.text] as [string, number, string]),
    ...ikiRows("001").map((r) => ["001", r.line, r.text] as [string, number, string]),
    ...senduroRows().map((r) => ["002", r.line, r.indikator] as [string, number, string]),
    ...ikiRows("003").map((r) => ["003", r.line, r.text] as [string, number, string]),
  ];

  it("finds the expected number of rows per seed", () => {
    const count = (s: string) => rows.filter((r) => r[0] === s).length;
    expect([count("000"), count("001"), count("002"), count("003")]).toEqual([44, 41, 6, 33]);
  });

  it.each(rows)("seed %s, line %i: %s", (_seed, _line, text) => {
    const [hit] = katalog.search(text, { level: "iki", limit: 1 });
    expect(hit).toBeDefined();
    expect(hit.kind).toBe("sama");
  });
});

describe("provenance is traceable to the seed text", () => {
  const bySeed = new Map<string, string[]>();
  const lineOf = (berkas: string, n: number) => {
    const prefix = berkas.slice(0, 3) as "000";
    if (!bySeed.has(prefix)) bySeed.set(prefix, seedLines(prefix));
    return bySeed.get(prefix)![n] ?? "";
  };
  const items = katalog.entries.flatMap((e) =>
    e.provenance.filter((p) => p.baris && !/lanjutan|pindah halaman/i.test(p.lokasi)).map((p) => [e.id, p] as const)
  );
  it.each(items.map(([id, p]) => [id, p.berkas.slice(0, 3), p.baris!, p]))(
    "%s -> seed %s line %i",
    (id, _s, _n, p) => {
      const e = katalog.entri(id)!;
      // The cited line (with the next lines, for cells wrapped over several lines) carries the
      // start of one of the entry's wordings, or of its formula where the seed misplaced it.
      const text = normaliseText([0, 1, 2, 3].map((k) => lineOf(p.berkas, p.baris! + k)).join(" "));
      const wordings = [p.teksAsli, e.indikator, ...(e.aliases ?? []), e.rumus].filter(Boolean) as string[];
      const startsThere = (w: string) => {
        // First three words, in order (a wrapped cell puts other cells between them).
        let at = 0;
        return normaliseText(w)
          .split(" ")
          .slice(0, 3)
          .every((word) => (at = text.indexOf(word, at)) >= 0);
      };
      expect(wordings.some(startsThere)).toBe(true);
    }
  );
});
