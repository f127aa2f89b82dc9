/*
 * Benchmark of catalogue look-ups (`npm run bench:katalog`): the index is built once, then 1,000
 * searches mixing exact wordings, misspellings and unknown texts, as the validator makes them.
 */
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";

const katalog = defaultKatalog();
const wordings = katalog.entries.flatMap((e) => [e.indikator, ...(e.aliases ?? [])]);
const misspell = (t: string, i: number) => {
  const at = 3 + (i % Math.max(1, t.length - 6));
  return t.slice(0, at) + t.slice(at + 1); // drop one letter
};
const queries: string[] = [];
for (let i = 0; queries.length < 1000; i++) {
  const w = wordings[i % wordings.length];
  queries.push(i % 3 === 0 ? w : i % 3 === 1 ? misspell(w, i) : `Jumlah kegiatan lain nomor ${i}`);
}

let t = performance.now();
katalog.search("pemanasan indeks");
const buildMs = performance.now() - t;

let kinds = { sama: 0, "salah-ketik": 0, "tidak-dikenal": 0 } as Record<string, number>;
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  kinds = { sama: 0, "salah-ketik": 0, "tidak-dikenal": 0 };
  t = performance.now();
  for (const q of queries) {
    const [hit] = katalog.search(q, { limit: 1 });
    kinds[hit ? hit.kind : "tidak-dikenal"]++;
  }
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
console.log(`Katalog: ${katalog.entries.length} entri, ${wordings.length} rumusan indikator.`);
console.log(`Membangun indeks: ${buildMs.toFixed(1)} ms (sekali).`);
console.log(`1.000 pencarian: median ${runs[2].toFixed(1)} ms (min ${runs[0].toFixed(1)}, maks ${runs[4].toFixed(1)}).`);
console.log(`Hasil: ${kinds.sama} sama, ${kinds["salah-ketik"]} salah ketik, ${kinds["tidak-dikenal"]} tidak dikenal.`);
