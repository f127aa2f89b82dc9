/*
 * Benchmark of IKI.PERSEN (`npm run bench:fungsi`): 100,000 single-cell calls through the wrapper
 * Excel calls (each with its own 1x1 ranges, as Excel passes them), one spilled call over a
 * 100,000-row range, and a bare `a / b * 100` loop over the same numbers in the same run. Inputs
 * are built before timing; every round's results feed a checksum so no loop is optimised away.
 * Round 0 warms the JIT and is not counted; the median of the next rounds is reported.
 */
import { capaian, persen } from "../src/functions/functions";

const N = 100_000;
const ROUNDS = 15;

const a = new Array<number>(N);
const b = new Array<number>(N);
for (let i = 0; i < N; i++) {
  a[i] = (i * 7919) % 1000;
  b[i] = 1 + ((i * 104729) % 997);
}
const cellsA = a.map((x) => [[x]]);
const cellsB = b.map((x) => [[x]]);
const textA = a.map((x) => [[String(x / 10).replace(".", ",")]]);
const columnA = a.map((x) => [x]);
const columnB = b.map((x) => [x]);

let checksum = 0;

function bare(): void {
  const out = new Array<number>(N);
  for (let i = 0; i < N; i++) out[i] = (a[i] / b[i]) * 100;
  checksum += out[N - 1];
}

/** The same loop writing Excel's answer shape (one array per row), the floor for a spill. */
function bare2d(): void {
  const out = new Array<number[]>(N);
  for (let i = 0; i < N; i++) out[i] = [(a[i] / b[i]) * 100];
  checksum += out[N - 1][0];
}

function scalarCalls(): void {
  for (let i = 0; i < N; i++) checksum += persen(cellsA[i], cellsB[i])[0][0] as number;
}

function scalarTextCalls(): void {
  for (let i = 0; i < N; i++) checksum += persen(textA[i], cellsB[i])[0][0] as number;
}

function scalarCapaian(): void {
  for (let i = 0; i < N; i++) checksum += capaian(cellsA[i], cellsB[i])[0][0] as number;
}

function spilled(): void {
  const out = persen(columnA, columnB);
  checksum += out[N - 1][0] as number;
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  const measured = times.slice(1).sort((x, y) => x - y);
  return measured[Math.floor(measured.length / 2)];
}

const results = {
  bare: median(bare),
  bare2d: median(bare2d),
  scalar: median(scalarCalls),
  spilled: median(spilled),
  text: median(scalarTextCalls),
  capaian: median(scalarCapaian),
};

const ns = (ms: number) => ((ms * 1e6) / N).toFixed(1);
const ratio = (ms: number) => (ms / results.bare).toFixed(1);
console.log(
  `IKI.PERSEN, ${N.toLocaleString("id-ID")} sel, median ${ROUNDS} putaran (Node ${process.versions.node}):`
);
console.log(
  `  a / b * 100 tanpa pembungkus: ${results.bare.toFixed(2)} ms (${ns(results.bare)} ns/sel)`
);
console.log(
  `  sama, hasil per baris [[x]] seperti tumpahan: ${results.bare2d.toFixed(2)} ms (${ns(results.bare2d)} ns/sel, ${ratio(results.bare2d)}x)`
);
console.log(
  `  ${N.toLocaleString("id-ID")} panggilan satu sel: ${results.scalar.toFixed(2)} ms (${ns(results.scalar)} ns/panggilan, ${ratio(results.scalar)}x)`
);
console.log(
  `  satu panggilan tumpah ${N.toLocaleString("id-ID")} baris: ${results.spilled.toFixed(2)} ms (${ns(results.spilled)} ns/sel, ${ratio(results.spilled)}x)`
);
console.log(
  `  satu sel, pembilang teks "12,5": ${results.text.toFixed(2)} ms (${ns(results.text)} ns/panggilan, ${ratio(results.text)}x)`
);
console.log(
  `  IKI.CAPAIAN satu sel: ${results.capaian.toFixed(2)} ms (${ns(results.capaian)} ns/panggilan, ${ratio(results.capaian)}x)`
);
console.log(`  (checksum ${checksum.toExponential(3)})`);
