import fc from "fast-check";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { compareRumus, parseRumus } from "../../../src/core/rumus";
import { tokenize } from "../../../src/core/rumus/tokenize";

describe("parseRumus on arbitrary text", () => {
  const pieces = fc.constantFrom(
    "Jumlah desa", " / ", " dibagi ", " x ", "100%", "(", ")", "[", "]", " + ", " - ", "N-1", "\\frac{", "}{", "}",
    "\\times", "-----", "\n", "<p>", "</p>", "Penjelasan :", " : ", "÷", "×", "*", "=", "Σ", "0,5", "dan/atau", " ", "%"
  );
  const messy = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")));

  // Per-formula timings are measured by `npm run bench:rumus`; this budget only catches a
  // run-away (exponential) case and is generous for a busy 2-core machine.
  it("never throws, and 2,000 runs finish within one generous budget", () => {
    const started = performance.now();
    fc.assert(
      fc.property(messy, fc.string({ maxLength: 40 }), (text, indikator) => {
        const r = parseRumus(text, { indikator });
        expect(typeof r.kind).toBe("string");
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 2000 }
    );
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it("compareRumus never throws either", () => {
    fc.assert(fc.property(messy, messy, (a, b) => typeof compareRumus(a, b).equivalent === "boolean"), { numRuns: 500 });
  });
});

describe("rewrites of catalogue formulas stay equivalent", () => {
  // Formulas whose spaced " / " and " x " are all operators (not "kasus / pengaduan").
  const formulas = defaultKatalog()
    .entries.map((e) => e.rumus)
    .filter((r) => {
      const p = parseRumus(r);
      if (!p.expr || !["rasio-x100", "rasio", "pertumbuhan", "penurunan", "rata-rata", "rasio-waktu", "ambang"].includes(p.kind)) return false;
      const divisions = tokenize(r).filter((t) => t.t === "op" && t.op === "/").length;
      return divisions === r.split(" / ").length - 1 && compareRumus(r, r).equivalent;
    });

  it("has enough catalogue formulas to rewrite", () => {
    expect(formulas.length).toBeGreaterThan(60);
  });

  const division = fc.constantFrom(" / ", " dibagi ", " : ", " ÷ ", "/", " dibagi dengan ");
  const times = fc.constantFrom(" x ", " X ", " × ", " * ", " dikali ", " dikalikan dengan ", "*");
  const hundred = fc.constantFrom("100%", "100 %", "100");
  const casing = fc.constantFrom(
    (t: string) => t,
    (t: string) => t.toLowerCase(),
    (t: string) => t.toUpperCase(),
    (t: string) => t.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
  );
  const spaces = fc.integer({ min: 1, max: 3 });

  it("under re-spacing, re-casing and operator synonyms", () => {
    fc.assert(
      fc.property(fc.constantFrom(...formulas), division, times, hundred, casing, spaces, (rumus, div, mul, h, recase, n) => {
        const rewritten = recase(
          rumus
            .split(" / ")
            .join(div)
            .replace(/ x 100 ?%?/g, `${mul}${h}`)
            .replace(/ /g, " ".repeat(n))
        );
        const result = compareRumus(rumus, rewritten);
        if (!result.equivalent) throw new Error(`${rumus}\n  vs\n${rewritten}\n  -> ${result.reasons.join("; ")}`);
      }),
      { numRuns: 400 }
    );
  });
});
