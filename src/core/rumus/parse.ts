import {
  Expr,
  exprDepth,
  exprText,
  factors,
  Factor,
  MAX_TREE_DEPTH,
  num,
  quantities,
  terms,
} from "./ast";
import { cleanRumusText } from "./cleanText";
import { QuantityKey, quantityKey, quantitySimilarity, YEAR_NOW, YEAR_PREVIOUS } from "./quantity";
import { Token, tokenize } from "./tokenize";
import {
  COUNT_WORD,
  EXTERNAL,
  PERCENT_INDICATOR,
  PERCENT_NAME,
  RATIO_NAME,
  SUM_WRAPPER,
  THRESHOLD,
  TIME_KIND,
  TIME_KIND_FIRST,
  TIME_WORD,
} from "./vocabulary";

/** What a formula computes (issue #4's list; ids in Indonesian like the catalogue's jenis). */
export type RumusKind =
  | "rasio-x100" // numerator / denominator x 100
  | "rasio" // numerator / denominator without x100
  | "jumlah" // a count: "Jumlah X"
  | "rata-rata" // (p1 + ... + pk) / k
  | "penjumlahan" // p1 + p2 (+ ...)
  | "pertumbuhan" // (N - N-1) / N-1 x 100
  | "penurunan" // (N-1 - N) / N-1 x 100
  | "selisih" // N - N-1
  | "rasio-waktu" // real time / normal time
  | "indeks" // a computed index (weights, constants)
  | "nilai-eksternal" // value computed elsewhere: BPS, IKM, SAKIP, LPPD, opini BPK
  | "ambang" // share of units above a threshold
  | "lainnya"
  | "kosong";

/**
 * What the parser itself can say of a formula's text. Judgements of its shape (a percentage
 * without x 100, a wrong average divisor, ...) are the validator's rules, over `facts`.
 */
export type DiagnosticCode = "kurung-tidak-seimbang" | "tidak-terbaca";

/** Facts about a parsed formula's shape, for the validator's rules to judge. */
export interface ShapeFacts {
  /** Whether the indicator is taken as a percentage (by the table, else by its name). */
  percent: boolean;
  /** Whether the indicator is a ratio by its name ("Rasio ..."): a fraction, without x 100. */
  ratio: boolean;
  /** A 100 stands among the denominator's factors beside a quantity ("a / (b x 100)"). */
  hundredInDenominator: boolean;
  /** Something other than a constant divides ("a / b"; "a / 12" does not). */
  dividesByQuantity: boolean;
  /** One quantity times 100 and nothing else ("Jumlah ... x 100%"). */
  onlyQuantityTimes100: boolean;
  /** Multiplied by "100%" written with its percent sign: the result is meant as a percentage. */
  timesHundredPercent: boolean;
  /** For averages: every part is itself a percentage ("(Persentase A + Persentase B) / 2"). */
  partsArePercent: boolean;
  /** For ratios: numerator and denominator name the same quantity. */
  sameSides: boolean;
  /** Written as a fraction in cells of its own, and this side's cell or row is missing. */
  fractionMissing?: "pembilang" | "penyebut";
  /** For growth and decrease: the year of the denominator, when one is written. */
  denominatorYear?: "N" | "N-1";
}

export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
}

export interface RumusParse {
  /** The cell text as given. */
  raw: string;
  /** The formula part, cleaned of LaTeX/HTML, without the Penjelasan note. */
  formula: string;
  penjelasan?: string;
  kind: RumusKind;
  /** The tree over named quantities; absent for empty or external-value formulas. */
  expr?: Expr;
  /** For ratios, growth, decrease: the two sides as text. */
  numerator?: string;
  denominator?: string;
  /** For averages and sums: the parts. */
  parts?: string[];
  /** Constant factor applied to the result (100 for "x 100%"), 1 when none. */
  multiplier: number;
  /** For averages: the constant divisor. */
  divisor?: number;
  diagnostics: Diagnostic[];
  /** Shape facts; absent when there is no tree (empty, external value, unreadable). */
  facts?: ShapeFacts;
}

export interface ParseContext {
  /** The indicator the formula belongs to; "Persentase ..." enables the percentage checks. */
  indikator?: string;
  /**
   * What the table says: true when the indicator is measured in % (its Satuan is "%", its
   * Capaian is in %), false when its Satuan is something else ("rasio", "indeks", "orang");
   * undefined when the table does not say, and the indicator's name decides.
   */
  persen?: boolean;
}

/**
 * "waktu ... riil/nyata/normal/standar" or "riil/normal ... waktu" (the two words in that order).
 * Same answer as /\bwaktu\b.*\b(riil|...)\b|\b(riil|normal)\b.*\bwaktu\b/i, but in linear time:
 * that pattern retries ".*" from every "waktu" of a long text.
 */
function mentionsTime(formula: string): boolean {
  const followedBy = (first: RegExp, second: RegExp) => {
    first.lastIndex = 0;
    const m = first.exec(formula);
    if (!m) return false;
    second.lastIndex = m.index + m[0].length;
    return second.test(formula);
  };
  // The formula is one line (cleanRumusText collapses whitespace), so ".*" spans all of it.
  return followedBy(TIME_WORD, TIME_KIND) || followedBy(TIME_KIND_FIRST, TIME_WORD);
}

/**
 * Bounds that keep parsing and every later tree walk (recursive ones included) small: real
 * formulas nest parentheses at most 4 deep and have fewer than 20 operations. Beyond them the
 * parser gives up with a "tidak-terbaca" diagnostic instead of running out of stack.
 */
export const MAX_NESTING = 64;
export const MAX_OPERATIONS = 500;

/** Thrown inside the parser when a bound is passed; parseRumus turns it into a diagnostic. */
class TooComplex extends Error {
  constructor(readonly reason: "nesting" | "operations") {
    super(reason);
  }
}

const TOO_DEEP_MESSAGE = `Rumus terlalu dalam bersarang (lebih dari ${MAX_NESTING} tingkat kurung) untuk dibaca.`;
const TOO_LONG_MESSAGE = `Rumus terlalu panjang untuk dibaca (lebih dari ${MAX_OPERATIONS} operasi hitung).`;

class Parser {
  private pos = 0;
  /** Parenthesised groups (and "Jumlah ( ... )" sums) currently open. */
  private depth = 0;
  /** Operator and minus nodes built so far. */
  private operations = 0;
  unbalanced = false;
  skipped = 0;
  constructor(private readonly tokens: Token[]) {}

  /** An operator node, counted against MAX_OPERATIONS. */
  private op(op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr {
    this.count();
    return { type: "op", op, left, right };
  }

  private neg(arg: Expr): Expr {
    this.count();
    return { type: "neg", arg };
  }

  private count(): void {
    if (++this.operations > MAX_OPERATIONS) throw new TooComplex("operations");
  }

  /** A sum inside parentheses, one level deeper (the only recursion of the parser). */
  private nested(): Expr | undefined {
    if (++this.depth > MAX_NESTING) throw new TooComplex("nesting");
    const inner = this.expr();
    this.depth--;
    return inner;
  }

  parse(): Expr | undefined {
    let result: Expr | undefined;
    while (this.pos < this.tokens.length) {
      const e = this.expr();
      if (e) result = result ? this.op("*", result, e) : e;
      const t = this.peek();
      if (t?.t === "rparen") {
        this.unbalanced = true;
        this.pos++;
      } else if (t && !e) {
        this.skipped++;
        this.pos++;
      }
    }
    return result;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  /**
   * Sides of "=" (in a loop: a chain of them cannot deepen the stack). The formula is the side
   * that names quantities: "IA = Σ Pn / Σ P0" has a label on the left, "A / B x 100% = 90%" a
   * result on the right, "... = 95 / 100 x 100% = 95%" a worked example; of two formulas, the
   * first.
   */
  private expr(): Expr | undefined {
    let left = this.sum();
    while (this.peek()?.t === "eq") {
      this.pos++;
      left = formulaSide(left, this.sum());
    }
    return left;
  }

  private sum(): Expr | undefined {
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t?.t !== "op" || (t.op !== "+" && t.op !== "-")) return left;
      this.pos++;
      const right = this.term();
      if (!left) left = right && t.op === "-" ? this.neg(right) : right;
      else if (right) left = this.op(t.op, left, right);
    }
  }

  private term(): Expr | undefined {
    let left = this.primary();
    for (;;) {
      const t = this.peek();
      if (t?.t === "op" && (t.op === "*" || t.op === "/")) {
        this.pos++;
        const right = this.primary();
        if (!left) left = t.op === "*" ? right : undefined;
        else if (right) left = this.op(t.op, left, right);
        continue;
      }
      // Juxtaposition ("2 (a + b)", "(a) (b)") multiplies.
      if (left && (t?.t === "lparen" || (t?.t === "num" && left.type !== "num"))) {
        const right = this.primary();
        if (right) left = this.op("*", left, right);
        continue;
      }
      return left;
    }
  }

  private primary(): Expr | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.t === "num") {
      this.pos++;
      // A unit after a number ("3 dokumen administrasi") labels it; it is not a quantity.
      while (this.peek()?.t === "word") this.pos++;
      return num(t.value, t.percent);
    }
    if (t.t === "lparen") {
      this.pos++;
      const inner = this.nested();
      if (this.peek()?.t === "rparen") this.pos++;
      else this.unbalanced = true;
      return inner;
    }
    if (t.t === "op" && t.op === "-") {
      // "- - a": a run of minus signs, read without recursion.
      let signs = 0;
      for (let next = this.peek(); next?.t === "op" && next.op === "-"; next = this.peek()) {
        signs++;
        this.pos++;
      }
      let arg = this.primary();
      for (let i = 0; arg && i < signs; i++) arg = this.neg(arg);
      return arg;
    }
    if (t.t === "word") return this.phrase();
    return undefined;
  }

  /**
   * A run of words is one quantity; "(PD)", "(N-1)" right after words belong to it, and
   * "X (Tahun n - tahun n-1)" reads as "X tahun n - X tahun n-1".
   */
  private phrase(): Expr | undefined {
    const parts: string[] = [];
    for (;;) {
      while (this.peek()?.t === "word")
        parts.push((this.tokens[this.pos++] as { text: string }).text);
      if (this.peek()?.t !== "lparen") break;
      const save = this.pos;
      this.pos++;
      const inner: string[] = [];
      while (this.peek()?.t === "word")
        inner.push((this.tokens[this.pos++] as { text: string }).text);
      if (inner.length > 0 && this.peek()?.t === "rparen") {
        this.pos++;
        parts.push(`(${inner.join(" ")})`);
        continue;
      }
      // "(Tahun n - tahun n-1)": the same quantity in two years.
      const minus = this.peek();
      if (inner.length > 0 && minus?.t === "op" && minus.op === "-") {
        this.pos++;
        const inner2: string[] = [];
        while (this.peek()?.t === "word")
          inner2.push((this.tokens[this.pos++] as { text: string }).text);
        const left = quantityKey(inner.join(" "));
        const right = quantityKey(inner2.join(" "));
        if (
          this.peek()?.t === "rparen" &&
          left.year &&
          right.year &&
          left.words.size === 0 &&
          right.words.size === 0
        ) {
          this.pos++;
          const head = parts.join(" ");
          return this.op(
            "-",
            { type: "qty", text: `${head} ${inner.join(" ")}` },
            { type: "qty", text: `${head} ${inner2.join(" ")}` }
          );
        }
      }
      this.pos = save;
      if (parts.length > 0 && SUM_WRAPPER.test(parts.join(" "))) {
        // "Jumlah ( a + b + c )": the word only announces the sum inside.
        this.pos++;
        const sum = this.nested();
        if (this.peek()?.t === "rparen") this.pos++;
        else this.unbalanced = true;
        return sum;
      }
      break;
    }
    return { type: "qty", text: parts.join(" ") };
  }
}

function hasQuantity(e: Expr): boolean {
  return quantities(e).length > 0;
}

/** Of the two sides of "=", the one that is the formula (see Parser.expr). */
function formulaSide(left: Expr | undefined, right: Expr | undefined): Expr | undefined {
  if (!left || !right) return right ?? left;
  if (!hasQuantity(right)) return hasQuantity(left) ? left : right; // a result or example
  if (left.type === "qty") return right; // a label
  // The formula said twice: in words and in symbols ("... dibagi ... = A / B x 100%"), short and
  // spelt out ("Σ IPi = IP1 + IP2 + IP3 + IP4"), or named ("= Persentase X"). The side that
  // names more quantities, then the one in more words, then the first.
  const a = quantities(left);
  const b = quantities(right);
  if (a.length !== b.length) return a.length > b.length ? left : right;
  const length = (qs: string[]) => qs.reduce((n, q) => n + q.length, 0);
  return length(b) > length(a) ? right : left;
}

function countParens(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.t === "lparen") depth++;
    else if (t.t === "rparen" && --depth < 0) return false;
  }
  return depth === 0;
}

function product(fs: Factor[], up: boolean): number {
  return fs
    .filter((f) => f.up === up && f.expr.type === "num")
    .reduce((p, f) => p * (f.expr as { value: number }).value, 1);
}

function side(fs: Factor[], up: boolean): Expr | undefined {
  const list = fs.filter((f) => f.up === up && f.expr.type !== "num").map((f) => f.expr);
  return list.reduce<Expr | undefined>(
    (acc, e) => (acc ? { type: "op", op: "*", left: acc, right: e } : e),
    undefined
  );
}

function isPercentPhrase(e: Expr): boolean {
  return e.type === "qty" && PERCENT_INDICATOR.test(e.text);
}

/** Parses a Rumus cell. Never throws; unreadable parts become a "tidak-terbaca" diagnostic. */
export function parseRumus(raw: string, context: ParseContext = {}): RumusParse {
  const { formula, penjelasan } = cleanRumusText(String(raw ?? ""));
  const base = { raw: String(raw ?? ""), formula, ...(penjelasan ? { penjelasan } : {}) };
  const diagnostics: Diagnostic[] = [];
  const percentIndicator = context.persen ?? PERCENT_NAME.test(context.indikator ?? "");
  const ratioIndicator = context.persen === undefined && RATIO_NAME.test(context.indikator ?? "");

  if (formula === "") {
    return { ...base, kind: "kosong", multiplier: 1, diagnostics };
  }
  let tokens = tokenize(formula);
  if (
    (percentIndicator || ratioIndicator) &&
    !tokens.some((t) => t.t === "op" && t.op === "/") &&
    /\s\/|\/\s/.test(formula)
  ) {
    // A percentage that divides nowhere: its spaced slash is the fraction, not "or".
    tokens = tokenize(formula, { spacedSlashDivides: true });
  }
  const hasOperator = tokens.some((t) => t.t === "op");
  if (!countParens(tokens)) {
    diagnostics.push({
      code: "kurung-tidak-seimbang",
      message: "Tanda kurung buka dan tutup tidak seimbang.",
    });
  }

  if (!hasOperator && EXTERNAL.test(formula)) {
    return { ...base, kind: "nilai-eksternal", multiplier: 1, diagnostics };
  }

  const parser = new Parser(tokens);
  let expr: Expr | undefined;
  try {
    expr = parser.parse();
  } catch (e) {
    if (!(e instanceof TooComplex)) throw e;
    diagnostics.push({
      code: "tidak-terbaca",
      message: e.reason === "nesting" ? TOO_DEEP_MESSAGE : TOO_LONG_MESSAGE,
    });
    return { ...base, kind: "lainnya", multiplier: 1, diagnostics };
  }
  if (exprDepth(expr) > MAX_TREE_DEPTH) {
    // Not reachable within the parser's bounds; kept so that no later walk can overflow.
    diagnostics.push({ code: "tidak-terbaca", message: TOO_LONG_MESSAGE });
    return { ...base, kind: "lainnya", multiplier: 1, diagnostics };
  }
  if (parser.unbalanced && !diagnostics.some((d) => d.code === "kurung-tidak-seimbang")) {
    diagnostics.push({
      code: "kurung-tidak-seimbang",
      message: "Tanda kurung buka dan tutup tidak seimbang.",
    });
  }
  if (parser.skipped > 0) {
    diagnostics.push({
      code: "tidak-terbaca",
      message: "Sebagian rumus tidak dapat dibaca sebagai perhitungan.",
    });
  }
  if (!expr) {
    return { ...base, kind: "lainnya", multiplier: 1, diagnostics };
  }

  return analyse(base, expr, formula, diagnostics, percentIndicator, ratioIndicator);
}

/**
 * A formula given as its two sides, as a table that writes the numerator and the denominator in
 * cells of their own (Pembilang | Penyebut columns, rows typed "numerator" / "denumerator"):
 * each side is one quantity, whatever slashes or signs its text holds ("CT Scan Non Kontras /
 * Polos < 3-4 jam"). Without a denominator the fraction lacks its denominator
 * (`facts.fractionMissing`). A percentage's fraction is read as "x 100%".
 */
export function parseFraction(
  numerator: string,
  denominator: string,
  context: ParseContext = {}
): RumusParse {
  const clean = (s: string) => s.replace(/\s+/g, " ").trim();
  const num = clean(numerator);
  const den = clean(denominator);
  const percentIndicator = context.persen ?? PERCENT_NAME.test(context.indikator ?? "");
  const ratioIndicator = context.persen === undefined && RATIO_NAME.test(context.indikator ?? "");
  const times = percentIndicator ? " x 100%" : "";
  const formula = den === "" ? `${num}${times}` : `(${num}) / (${den})${times}`;
  const base = { raw: formula, formula };
  if (num === "" && den === "") return { ...base, kind: "kosong", multiplier: 1, diagnostics: [] };
  let expr: Expr = { type: "qty", text: num === "" ? den : num };
  if (num !== "" && den !== "")
    expr = { type: "op", op: "/", left: expr, right: { type: "qty", text: den } };
  if (percentIndicator) expr = { type: "op", op: "*", left: expr, right: num100() };
  const out = analyse(base, expr, formula, [], percentIndicator, ratioIndicator);
  if (den === "" || num === "")
    out.facts = { ...out.facts!, fractionMissing: num === "" ? "pembilang" : "penyebut" };
  return out;
}

function num100(): Expr {
  return { type: "num", value: 100, percent: true };
}

const RATIO_KINDS = new Set<RumusKind>(["rasio", "rasio-x100", "ambang", "rasio-waktu"]);

/** The shape of a parsed tree, and the facts the validator's rules judge. */
function analyse(
  base: { raw: string; formula: string; penjelasan?: string },
  expr: Expr,
  formula: string,
  diagnostics: Diagnostic[],
  percentIndicator: boolean,
  ratioIndicator: boolean
): RumusParse {
  const result = classify(expr, formula);
  const out: RumusParse = { ...base, ...result, expr, diagnostics };

  // Facts about the shape; the validator's rules (src/core/validate/rules) judge them.
  const fs = factors(expr);
  const sum = out.kind === "rata-rata" ? side(fs, true) : undefined;
  let sameSides = false;
  // Ratios, also of the part within a limit ("< 3 jam") or a time: the same phrase on both sides.
  if (out.numerator && out.denominator && RATIO_KINDS.has(out.kind)) {
    const a = quantityKey(out.numerator);
    const b = quantityKey(out.denominator);
    sameSides =
      a.text === b.text || (quantitySimilarity(a, b) === 1 && a.words.size > 0) || sameWords(a, b);
  }
  const growth = out.kind === "pertumbuhan" || out.kind === "penurunan";
  out.facts = {
    percent: percentIndicator,
    ratio: ratioIndicator,
    hundredInDenominator:
      fs.some((f) => !f.up && f.expr.type === "num" && f.expr.value === 100) &&
      fs.some((f) => !f.up && f.expr.type !== "num"),
    dividesByQuantity: fs.some((f) => !f.up && f.expr.type !== "num"),
    onlyQuantityTimes100:
      out.kind === "indeks" &&
      out.multiplier === 100 &&
      fs.filter((f) => f.expr.type !== "num").length === 1,
    timesHundredPercent: fs.some(
      (f) => f.up && f.expr.type === "num" && f.expr.value === 100 && f.expr.percent
    ),
    partsArePercent: sum ? terms(sum).every(isPercentPhrase) : false,
    sameSides,
    ...(growth
      ? {
          denominatorYear: out.denominator
            ? yearName(quantityKey(out.denominator).year)
            : undefined,
        }
      : {}),
  };
  return out;
}

function yearName(year: string | undefined): "N" | "N-1" | undefined {
  return year === YEAR_NOW ? "N" : year === YEAR_PREVIOUS ? "N-1" : undefined;
}

function formatNumber(n: number): string {
  return String(n).replace(".", ",");
}

type Shape = Pick<
  RumusParse,
  "kind" | "numerator" | "denominator" | "parts" | "multiplier" | "divisor"
>;

function classify(expr: Expr, formula: string): Shape {
  const fs = factors(expr);
  const up = product(fs, true);
  const down = product(fs, false);
  const numExpr = side(fs, true);
  const denExpr = side(fs, false);
  const multiplier = up;

  if (!numExpr && !denExpr) return { kind: "indeks", multiplier: up / down };

  if (numExpr && !denExpr) {
    const parts = terms(numExpr);
    // (p1 + ... + pk) / k: an average over its parts.
    if (down !== 1 && parts.length > 1 && numExpr.type === "op" && numExpr.op === "+") {
      return { kind: "rata-rata", parts: parts.map((p) => exprText(p)), multiplier, divisor: down };
    }
    if (numExpr.type === "qty") {
      if (down !== 1 || up !== 1) return { kind: "indeks", multiplier: up / down };
      if (EXTERNAL.test(numExpr.text)) return { kind: "nilai-eksternal", multiplier: 1 };
      if (/^(hasil\s+)?penjumlahan\b/i.test(numExpr.text))
        return { kind: "penjumlahan", multiplier: 1 };
      return { kind: COUNT_WORD.test(numExpr.text) ? "jumlah" : "lainnya", multiplier: 1 };
    }
    if (numExpr.type === "op" && numExpr.op === "+") {
      return { kind: "penjumlahan", parts: parts.map((p) => exprText(p)), multiplier: up / down };
    }
    if (numExpr.type === "op" && numExpr.op === "-" && quantities(numExpr).length === 2) {
      return { kind: "selisih", parts: parts.map((p) => exprText(p)), multiplier: up / down };
    }
    return { kind: "indeks", multiplier: up / down };
  }

  const numerator = numExpr ? exprText(numExpr) : formatNumber(up);
  const denominator = exprText(denExpr!);
  const shape = { numerator, denominator, multiplier: up / down };

  // Growth and decrease: (X tahun N - X tahun N-1) / X tahun N-1.
  if (
    numExpr &&
    numExpr.type === "op" &&
    numExpr.op === "-" &&
    numExpr.left.type === "qty" &&
    numExpr.right.type === "qty"
  ) {
    const a = quantityKey(numExpr.left.text);
    const b = quantityKey(numExpr.right.text);
    if (a.year === YEAR_NOW && b.year === YEAR_PREVIOUS) return { kind: "pertumbuhan", ...shape };
    if (a.year === YEAR_PREVIOUS && b.year === YEAR_NOW) return { kind: "penurunan", ...shape };
  }
  if (numExpr && numExpr.type === "op" && numExpr.op === "+" && !quantities(denExpr).length) {
    return {
      kind: "rata-rata",
      parts: terms(numExpr).map((p) => exprText(p)),
      multiplier,
      divisor: down,
    };
  }
  if (mentionsTime(formula)) return { kind: "rasio-waktu", ...shape };
  if (numExpr && THRESHOLD.test(numerator)) return { kind: "ambang", ...shape };
  if (quantities(expr).length > 3 && !(numExpr && numExpr.type === "op" && numExpr.op === "+")) {
    return { kind: "indeks", ...shape };
  }
  return { kind: up / down === 100 || up === 100 ? "rasio-x100" : "rasio", ...shape };
}

/**
 * The same content words, acronyms and year on both sides: "hasil CT Scan < 24 jam" and
 * "seluruh hasil CT Scan yang < 24 jam" count the same results (a "yang" clause that repeats
 * the other side's words picks no subset of it).
 */
function sameWords(a: QuantityKey, b: QuantityKey): boolean {
  if (a.words.size === 0 || a.words.size !== b.words.size || a.year !== b.year) return false;
  for (const w of a.words) if (!b.words.has(w)) return false;
  if (a.acronyms.size !== b.acronyms.size) return false;
  for (const x of a.acronyms) if (!b.acronyms.has(x)) return false;
  return true;
}
