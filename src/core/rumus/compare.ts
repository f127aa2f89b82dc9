/**
 * Decides whether two Rumus texts mean the same computation. Both are parsed into trees over
 * named quantities; quantities are paired across the two formulas by phrase similarity; then
 * both trees are evaluated with mathjs on random positive values. Raw cell text is never
 * evaluated: only the trees built here are.
 */
import { JENIS_PERHITUNGAN } from "../glossary";
import {
  ConstantNodeDependencies,
  OperatorNodeDependencies,
  SymbolNodeDependencies,
  addDependencies,
  create,
  divideDependencies,
  multiplyDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  type MathNode,
} from "mathjs/number";
import { Expr, exprDepth, MAX_TREE_DEPTH, quantities } from "./ast";
import { parseRumus, RumusParse } from "./parse";
import { QuantityKey, quantityKey, quantitySimilarity, SAME_QUANTITY } from "./quantity";

const math = create({
  ConstantNodeDependencies,
  OperatorNodeDependencies,
  SymbolNodeDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
});

export interface Comparison {
  equivalent: boolean;
  /** Indonesian reasons, empty when equivalent. */
  reasons: string[];
  a: RumusParse;
  b: RumusParse;
}

const OPERATOR_FN = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" } as const;

/**
 * The mathjs tree of a formula tree. Recursive, as mathjs's own compile and evaluate are: callers
 * pass only trees within MAX_TREE_DEPTH (compareRumus checks it).
 */
function toNode(e: Expr, names: Map<string, string>): MathNode {
  switch (e.type) {
    case "num":
      return new math.ConstantNode(e.value);
    case "qty":
      return new math.SymbolNode(names.get(e.text)!);
    case "neg":
      return new math.OperatorNode("-", "unaryMinus", [toNode(e.arg, names)]);
    case "op":
      return new math.OperatorNode(e.op, OPERATOR_FN[e.op], [
        toNode(e.left, names),
        toNode(e.right, names),
      ]);
  }
}

/** Small deterministic generator, so a comparison always gives the same answer. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Names each distinct quantity; a quantity of b takes the name of a's most similar quantity when
 * similar enough (one-to-one, best pairs first).
 */
function pairQuantities(
  a: string[],
  b: string[]
): { namesA: Map<string, string>; namesB: Map<string, string> } {
  // Within one formula, phrases equal after normalisation are one quantity.
  const group = (texts: string[]) => {
    const byKey = new Map<string, { key: QuantityKey; texts: string[] }>();
    for (const t of new Set(texts)) {
      const key = quantityKey(t);
      const g = byKey.get(key.text);
      if (g) g.texts.push(t);
      else byKey.set(key.text, { key, texts: [t] });
    }
    return [...byKey.values()];
  };
  const groupsA = group(a);
  const groupsB = group(b);
  const namesA = new Map<string, string>();
  groupsA.forEach((g, i) => g.texts.forEach((t) => namesA.set(t, `a${i}`)));
  const pairs: Array<{ i: number; j: number; s: number }> = [];
  groupsA.forEach((ga, i) =>
    groupsB.forEach((gb, j) => {
      const s = quantitySimilarity(ga.key, gb.key);
      if (s >= SAME_QUANTITY) pairs.push({ i, j, s });
    })
  );
  pairs.sort((x, y) => y.s - x.s);
  const usedA = new Set<number>();
  const nameOfB = new Map<number, string>();
  for (const { i, j } of pairs) {
    if (usedA.has(i) || nameOfB.has(j)) continue;
    usedA.add(i);
    nameOfB.set(j, `a${i}`);
  }
  const namesB = new Map<string, string>();
  groupsB.forEach((g, j) => g.texts.forEach((t) => namesB.set(t, nameOfB.get(j) ?? `b${j}`)));
  return { namesA, namesB };
}

const TRIALS = 6;

function sameFunction(
  a: Expr,
  b: Expr,
  namesA: Map<string, string>,
  namesB: Map<string, string>
): { same: boolean; ratio?: number } {
  const fa = toNode(a, namesA).compile();
  const fb = toNode(b, namesB).compile();
  const symbols = new Set([...namesA.values(), ...namesB.values()]);
  const next = random(20241124);
  let ratio: number | undefined;
  let constantRatio = true;
  for (let t = 0; t < TRIALS; t++) {
    const scope: Record<string, number> = {};
    for (const s of symbols) scope[s] = 1 + Math.floor(next() * 997);
    const va = Number(fa.evaluate(scope));
    const vb = Number(fb.evaluate(scope));
    if (!Number.isFinite(va) || !Number.isFinite(vb)) return { same: false };
    const r = vb === 0 ? (va === 0 ? 1 : NaN) : va / vb;
    if (ratio === undefined) ratio = r;
    else if (!(Math.abs(r - ratio) <= 1e-9 * Math.max(1, Math.abs(ratio)))) constantRatio = false;
  }
  const same = constantRatio && ratio !== undefined && Math.abs(ratio - 1) <= 1e-9;
  return { same, ratio: constantRatio ? ratio : undefined };
}

const KIND_LABEL: Readonly<Record<string, string>> = JENIS_PERHITUNGAN;

/** "jenis perhitungan berbeda: ..." with both kinds named. */
const kindsDiffer = (a: RumusParse, b: RumusParse) =>
  `jenis perhitungan berbeda: ${KIND_LABEL[a.kind]}, sedangkan pembanding ${KIND_LABEL[b.kind]}`;

function similar(x: string | undefined, y: string | undefined): boolean {
  return !!x && !!y && quantitySimilarity(quantityKey(x), quantityKey(y)) >= SAME_QUANTITY;
}

/** Why two formulas differ, most specific first. */
function explain(a: RumusParse, b: RumusParse, ratio: number | undefined): string[] {
  const reasons: string[] = [];
  if (a.expr?.type === "qty" && b.expr?.type === "qty")
    return [`besaran berbeda: "${a.formula}" dan "${b.formula}"`];
  if (ratio !== undefined && Math.abs(ratio - 100) < 1e-6)
    return ["dikali 100, sedangkan pembanding tidak dikali 100"];
  if (ratio !== undefined && Math.abs(ratio - 0.01) < 1e-9) return ["tidak dikali 100"];
  if (a.numerator && a.denominator && b.numerator && b.denominator) {
    const sim = (x: string, y: string) => quantitySimilarity(quantityKey(x), quantityKey(y));
    const straight = sim(a.numerator, b.numerator) + sim(a.denominator, b.denominator);
    const crossed = sim(a.numerator, b.denominator) + sim(a.denominator, b.numerator);
    if (
      similar(a.numerator, b.denominator) &&
      similar(a.denominator, b.numerator) &&
      crossed > straight + 1e-9
    ) {
      return ["pembilang dan penyebut tertukar"];
    }
    if (
      (a.kind === "pertumbuhan" || a.kind === "penurunan") &&
      a.kind === b.kind &&
      !similar(a.denominator, b.denominator)
    ) {
      return [`basis ${a.kind} berbeda: "${a.denominator}" dan "${b.denominator}"`];
    }
    if (!similar(a.numerator, b.numerator))
      reasons.push(`pembilang berbeda: "${a.numerator}" dan "${b.numerator}"`);
    if (!similar(a.denominator, b.denominator))
      reasons.push(`penyebut berbeda: "${a.denominator}" dan "${b.denominator}"`);
    if (reasons.length) return reasons;
  }
  if (a.kind !== b.kind) {
    return [kindsDiffer(a, b)];
  }
  if (a.parts && b.parts && a.parts.length !== b.parts.length) {
    return [`jumlah komponen berbeda: ${a.parts.length} dan ${b.parts.length}`];
  }
  if (a.kind === "rata-rata" && a.divisor !== b.divisor) {
    return [`pembagi berbeda: ${a.divisor} dan ${b.divisor}`];
  }
  return ["hasil perhitungan berbeda"];
}

/** Compares two Rumus texts (or already parsed formulas). */
export function compareRumus(textA: string | RumusParse, textB: string | RumusParse): Comparison {
  const a = typeof textA === "string" ? parseRumus(textA) : textA;
  const b = typeof textB === "string" ? parseRumus(textB) : textB;
  const done = (equivalent: boolean, reasons: string[] = []): Comparison => ({
    equivalent,
    reasons,
    a,
    b,
  });

  if (a.kind === "kosong" || b.kind === "kosong") {
    return a.kind === b.kind ? done(true) : done(false, ["salah satu rumus kosong"]);
  }
  // A tree too deep for the recursive walks (only from a RumusParse built elsewhere: parseRumus
  // stays within the bound) is compared by its text, like unreadable text.
  const exprA = a.expr && exprDepth(a.expr) <= MAX_TREE_DEPTH ? a.expr : undefined;
  const exprB = b.expr && exprDepth(b.expr) <= MAX_TREE_DEPTH ? b.expr : undefined;
  if (!exprA || !exprB) {
    // External values and unreadable text: the same when they name the same thing.
    if (a.kind === b.kind && similar(a.formula, b.formula)) return done(true);
    return done(
      false,
      a.kind !== b.kind
        ? [kindsDiffer(a, b)]
        : [`besaran berbeda: "${a.formula}" dan "${b.formula}"`]
    );
  }
  const { namesA, namesB } = pairQuantities(quantities(exprA), quantities(exprB));
  // A quantity that one formula uses and the other does not: not the same computation (no
  // evaluation needed; x / x style cancellations do not occur in real formulas).
  const symbolsA = new Set(namesA.values());
  const symbolsB = new Set(namesB.values());
  if (symbolsA.size !== symbolsB.size || [...symbolsA].some((s) => !symbolsB.has(s))) {
    return done(false, explain(a, b, undefined));
  }
  const { same, ratio } = sameFunction(exprA, exprB, namesA, namesB);
  return same ? done(true) : done(false, explain(a, b, ratio));
}
