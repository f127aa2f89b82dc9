import { removeTags } from "../catalogue/normalise";
import { legendNames, putNames, splitLegend } from "./legend";
import { rewriteNotation } from "./notation";
import { NOTE_LABEL } from "./vocabulary";

/**
 * Turns a Rumus cell as people really have it (copied from PDF or Word) into plain formula text:
 * LaTeX (\frac{..}{..}, \times, \%), HTML fragments, fractions drawn as a dashed line across
 * lines, and a trailing "Penjelasan : ..." note, which is kept apart.
 *
 * Every step takes time linear in the text (a cell may hold 32,000 spaces or dashes): no pattern
 * can backtrack over a long run ("\s*...\s*" around an optional part, a lazy ".*?" before "\s*",
 * an unanchored "<[^>]*>"), whitespace runs are collapsed before the note and the fraction bar
 * are looked for, and the fraction bar and the trailing "x 100%" are found by scanning instead of
 * by regular expression.
 */
export interface CleanedRumus {
  formula: string;
  penjelasan?: string;
}

export function cleanRumusText(raw: string): CleanedRumus {
  // Tags and LaTeX first (their patterns are linear: each "\s*" follows a fixed "<" or "\\..."),
  // then whitespace runs collapse before the note and the fraction bar are looked for.
  let text = rewriteNotation(stripListMarkers(collapseRuns(stripLatex(stripHtml(raw ?? "")))));
  const note = NOTE_LABEL.exec(text);
  let penjelasan: string | undefined;
  if (note) {
    penjelasan = collapse(text.slice(note.index + note[0].length));
    text = text.slice(0, note.index);
  }
  // A legend naming the symbols, after the formula without a label, or in the note.
  const legend = splitLegend(text);
  let names = new Map<string, string>();
  if (legend) {
    text = legend.head;
    names = legend.names;
    penjelasan = [collapse(legend.text), penjelasan].filter(Boolean).join(" ");
  } else if (penjelasan) {
    names = legendNames(penjelasan, text);
  }
  text = joinDashedFraction(stripWorkedExamples(text));
  const formula = collapse(putNames(text, names));
  return penjelasan ? { formula, penjelasan } : { formula };
}

/**
 * Figures filled into the formula beside it: "(7.012 / 10.456) x 100 % = 67,06", a fraction of
 * numbers in brackets followed by its "x 100%" or its result, and not itself a factor of the
 * formula (no operator before it: "x (50 / 54,3)" is a constant). Only products and quotients of
 * numbers, so "(N-1)" and "(0-18 th)" stay. Each number is followed by an operator or the closing
 * bracket, so the pattern cannot backtrack; whitespace runs are one character here, and a line
 * break is never taken (the lines may be a fraction drawn with a dashed bar).
 */
const WORKED_EXAMPLE =
  /(?<![x×*/:÷+\-(=] ?)\( ?\d[\d.,]*(?: ?[/:x×*÷] ?\d[\d.,]*)+ ?\)(?: ?[x×*] ?100 ?%?(?: ?= ?\d[\d.,]* ?%?)?| ?= ?\d[\d.,]* ?%?)/g;

function stripWorkedExamples(t: string): string {
  if (!/(?![xX])\p{L}/u.test(t)) return t; // only figures (and "x"): nothing to strip them from
  return t.replace(WORKED_EXAMPLE, " ");
}

/**
 * List markers at the start of a line ("a) Mencari ...", "1) ...", "• ...") are not parentheses:
 * "a)" closes nothing. The text comes with its whitespace runs collapsed.
 */
function stripListMarkers(t: string): string {
  return t.replace(/(^|\n) ?(?:[a-zA-Z]|\d{1,2})\) /g, "$1").replace(/(^|\n) ?[•●▪] ?/g, "$1");
}

function collapse(t: string): string {
  return t.replace(/\s+/g, " ").trim();
}

/**
 * Each run of whitespace becomes one space, or one line break when it holds one (the line
 * structure matters for fractions drawn with a dashed line). A single greedy "\s+" cannot
 * backtrack: each run is read once.
 */
function collapseRuns(t: string): string {
  return t.replace(/\s+/g, (run) => (run.includes("\n") ? "\n" : " "));
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isDash = (c: string | undefined) => c === "-" || c === "_" || c === "–" || c === "—";

/** `end` moved left over whitespace. */
function trimEndAt(t: string, end: number): number {
  while (end > 0 && isSpace(t[end - 1])) end--;
  return end;
}

function stripHtml(t: string): string {
  return removeTags(t.replace(/<\s*(br|\/p|\/li|\/div|\/tr)\s*\/?>/gi, "\n"), " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Replaces \frac{A}{B} (nested too) by (A) / (B), and the other LaTeX commands seen in the seeds. */
function stripLatex(t: string): string {
  // The column spec ("{cc}") holds no braces; "[^{}]*" cannot run on to the end of the text.
  let out = t.replace(/\\begin\s*\{array\}(?:\s*\{[^{}]*\})?|\\end\s*\{array\}/g, " ");
  for (let guard = 0; guard < 20; guard++) {
    const frac = /\\[dt]?frac\s*(?=\{)/.exec(out);
    if (!frac) break;
    const a = braceGroup(out, frac.index + frac[0].length);
    const b = a && braceGroup(out, a.end);
    if (!a || !b) break;
    out = out.slice(0, frac.index) + `(${a.body}) / (${b.body})` + out.slice(b.end);
  }
  return out
    .replace(/\\(text|mathrm|textbf|mathit|mbox|operatorname)\s*\{([^{}]*)\}/g, "$2")
    .replace(/\\(times|cdot)/g, " x ")
    .replace(/\\div/g, " / ")
    .replace(/\\%/g, "%")
    .replace(/\\sum/g, "Σ")
    .replace(/\\(leq|le)\b/g, "≤")
    .replace(/\\(geq|ge)\b/g, "≥")
    .replace(/\\left|\\right/g, "")
    .replace(/\\[,;! ]/g, " ")
    .replace(/\\\\/g, "\n")
    .replace(/_\{([^{}]*)\}/g, "$1")
    .replace(/([A-Za-z0-9])_([A-Za-z0-9])/g, "$1$2")
    .replace(/\$/g, " ")
    .replace(/[{}]/g, " ");
}

function braceGroup(t: string, open: number): { body: string; end: number } | undefined {
  let i = open;
  while (i < t.length && /\s/.test(t[i])) i++;
  if (t[i] !== "{") return undefined;
  let depth = 0;
  for (let j = i; j < t.length; j++) {
    if (t[j] === "{") depth++;
    else if (t[j] === "}" && --depth === 0) return { body: t.slice(i + 1, j), end: j + 1 };
  }
  return undefined;
}

/**
 * Where a trailing "x 100%" ("× 100 %", "* 100", with `dikali` also "dikali 100") that ends at
 * `end` (whitespace after it allowed) starts; -1 when there is none.
 */
function times100Start(t: string, end: number, dikali: boolean): number {
  let k = trimEndAt(t, end);
  if (t[k - 1] === "%") k = trimEndAt(t, k - 1);
  if (!t.endsWith("100", k)) return -1;
  k = trimEndAt(t, k - 3);
  if (t[k - 1] === "x" || t[k - 1] === "X" || t[k - 1] === "×" || t[k - 1] === "*") return k - 1;
  if (dikali && t.endsWith("dikali", k)) return k - 6;
  return -1;
}

/**
 * A fraction bar of dashes (three or more of - _ – —), alone on its line or after the numerator
 * ("A -----", "A -----x 100%"): the text before it and whether "x 100%" follows. Matches what
 * /^(.*?)\s*[-_–—]{3,}\s*((?:x|X|×|\*)\s*100\s*%?)?\s*$/ matched, in one scan from the end.
 */
function dashLine(line: string): { before: string; times100: boolean } | undefined {
  let end = trimEndAt(line, line.length);
  const times100 = times100Start(line, end, false);
  if (times100 >= 0) end = trimEndAt(line, times100);
  let start = end;
  while (start > 0 && isDash(line[start - 1])) start--;
  if (end - start < 3) return undefined;
  return { before: line.slice(0, trimEndAt(line, start)), times100: times100 >= 0 };
}

/** "A\n-----\nB x 100%" (a fraction drawn with a dashed line) becomes "(A) / (B) x 100%". */
function joinDashedFraction(t: string): string {
  const lines = t.split("\n");
  let bar: { before: string; times100: boolean } | undefined;
  const dash = lines.findIndex((l) => (bar = dashLine(l)) !== undefined);
  if (dash < 0) return lines.length === 1 ? inlineDashedFraction(t) : t.replace(/\n/g, " ");
  if (dash === lines.length - 1) return t.replace(/\n/g, " ");
  const { before, times100 } = bar!;
  const numerator = [...lines.slice(0, dash), before].join(" ");
  const denominator = lines.slice(dash + 1).join(" ");
  return fraction(numerator, denominator, times100) ?? t.replace(/\n/g, " ");
}

/**
 * "(numerator) / (denominator)", with " x 100%" when the bar carried it or the denominator ends
 * with it (written right of the bar's lower half, it multiplies the whole fraction); undefined
 * when a side is empty.
 */
function fraction(numerator: string, denominator: string, times100: boolean): string | undefined {
  let den = denominator.trim();
  let suffix = times100 ? " x 100%" : "";
  const trailing = times100Start(den, den.length, true);
  if (trailing >= 0) {
    den = den.slice(0, trimEndAt(den, trailing)).trim();
    suffix = " x 100%";
  }
  const num = numerator.trim();
  return num && den ? `(${num}) / (${den})${suffix}` : undefined;
}

/**
 * The same fraction with its lines run together, as a PDF's text layer gives it: "A ----- x 100 %
 * B" becomes "(A) / (B) x 100%". The first run of three or more dashes with text on both sides.
 */
function inlineDashedFraction(t: string): string {
  for (let i = 0; i < t.length; i++) {
    if (!isDash(t[i])) continue;
    let j = i;
    while (j < t.length && isDash(t[j])) j++;
    if (j - i < 3) {
      i = j;
      continue;
    }
    // "x 100 %" right after the bar belongs to it, as on its own line.
    const rest = t.slice(j).trim();
    const times = /^(?:x|X|×|\*)\s*100\s*%?/.exec(rest);
    const denominator = times ? rest.slice(times[0].length) : rest;
    return fraction(t.slice(0, i), denominator, times !== null) ?? t;
  }
  return t;
}
