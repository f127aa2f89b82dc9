/*
 * Benchmark of catalogue look-ups (`npm run bench:katalog`): the index is built once, then
 * rounds of 1,000 searches mixing exact wordings, misspellings and unknown texts, as the
 * validator makes them. Every round uses new texts (no memoised normalisation); round 0 warms
 * the JIT and is reported apart.
 */
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";

const katalog = defaultKatalog();
const wordings = katalog.entries.flatMap((e) => [e.indikator, ...(e.aliases ?? [])]);

function queries(round: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < 1000; i++) {
    const w = wordings[i % wordings.length];
    const at = 3 + ((i + round * 7) % Math.max(1, w.length - 6));
    if (i % 3 === 0) out.push(round % 2 ? w.toUpperCase() : w.toLowerCase());
    else if (i % 3 === 1) out.push(w.slice(0, at) + w.slice(at + 1)); // one letter dropped
    else out.push(`Jumlah kegiatan lain nomor ${round}-${i}`);
  }
  return out;
}

let t = performance.now();
katalog.search("pemanasan indeks");
const buildMs = performance.now() - t;

const times: number[] = [];
const kinds: Record<string, number> = { sama: 0, "salah-ketik": 0, "tidak-dikenal": 0 };
for (let round = 0; round <= 5; round++) {
  const qs = queries(round);
  t = performance.now();
  for (const q of qs) {
    const [hit] = katalog.search(q, { limit: 1 });
    if (round === 1) kinds[hit ? hit.kind : "tidak-dikenal"]++;
  }
  times.push(performance.now() - t);
}
const measured = times.slice(1).sort((a, b) => a - b);
console.log(`Katalog: ${katalog.entries.length} entri, ${wordings.length} rumusan indikator.`);
console.log(`Membangun indeks: ${buildMs.toFixed(1)} ms (sekali).`);
console.log(`Putaran pemanasan (JIT dingin): ${times[0].toFixed(1)} ms untuk 1.000 pencarian.`);
console.log(`1.000 pencarian, 5 putaran berikut: median ${measured[2].toFixed(1)} ms (min ${measured[0].toFixed(1)}, maks ${measured[4].toFixed(1)}).`);
console.log(`Hasil satu putaran: ${kinds.sama} sama, ${kinds["salah-ketik"]} salah ketik, ${kinds["tidak-dikenal"]} tidak dikenal.`);
