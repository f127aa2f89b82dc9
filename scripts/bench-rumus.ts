/*
 * Benchmark (`npm run bench:rumus`): how long parseRumus takes per formula, on every catalogue
 * formula, every formula cell of the seed documents (test/fixtures/seeds) and 2,000 random
 * messy texts. Each formula is parsed 5 times and its median kept; the script prints the
 * median, the 99th percentile and the maximum over the formulas of each set, so a slow
 * formula is named instead of failing a unit test on a busy machine.
 */
import fc from "fast-check";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { parseRumus } from "../src/core/rumus";
import { seedTableRows, senduroRows } from "../test/support/seedTables";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

function measure(name: string, items: Array<{ rumus: string; indikator: string }>): void {
  const times = items.map(({ rumus, indikator }) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      parseRumus(rumus, { indikator });
      runs.push(performance.now() - t);
    }
    return median(runs);
  });
  const worst = times.indexOf(Math.max(...times));
  console.log(
    `${name.padEnd(18)} ${String(items.length).padStart(5)} rumus: median ${median(times).toFixed(3)} ms, ` +
      `p99 ${quantile(times, 0.99).toFixed(3)} ms, maks ${times[worst].toFixed(3)} ms ` +
      `(${JSON.stringify(items[worst].rumus.slice(0, 60))})`
  );
}

const katalog = defaultKatalog();
// Warm-up: the first parses pay for JIT compilation.
for (const e of katalog.entries) parseRumus(e.rumus, { indikator: e.indikator });

measure(
  "katalog",
  katalog.entries.map((e) => ({ rumus: e.rumus, indikator: e.indikator }))
);
const seeds = [
  ...(["000", "001", "003", "004"] as const).flatMap((p) => seedTableRows(p)),
  ...senduroRows(),
].filter((r) => r.rumus.trim());
measure("sel rumus seed", seeds);
const pieces = fc.constantFrom(
  "Jumlah desa",
  " / ",
  " dibagi ",
  " x ",
  "100%",
  "(",
  ")",
  "[",
  "]",
  " + ",
  " - ",
  "N-1",
  "\\frac{",
  "}{",
  "}",
  "\\times",
  "-----",
  "\n",
  "<p>",
  "</p>",
  "Penjelasan :",
  " : ",
  "÷",
  "×",
  "*",
  "=",
  "Σ",
  "0,5",
  "dan/atau",
  " ",
  "%"
);
const messy = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""))
);
measure(
  "teks acak",
  fc.sample(fc.record({ rumus: messy, indikator: fc.string({ maxLength: 40 }) }), {
    numRuns: 2000,
    seed: 42,
  })
);
