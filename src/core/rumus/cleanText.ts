/**
 * Turns a Rumus cell as people really have it (copied from PDF or Word) into plain formula text:
 * LaTeX (\frac{..}{..}, \times, \%), HTML fragments, fractions drawn as a dashed line across
 * lines, and a trailing "Penjelasan : ..." note, which is kept apart.
 */
export interface CleanedRumus {
  formula: string;
  penjelasan?: string;
}

const NOTE_LABEL = /(?:^|\s|\n)(penjelasan|penjelsan|keterangan|ket\.|catatan|dimana|di mana)\s*:/i;

export function cleanRumusText(raw: string): CleanedRumus {
  let text = stripHtml(raw ?? "");
  text = stripLatex(text);
  const note = NOTE_LABEL.exec(text);
  let penjelasan: string | undefined;
  if (note) {
    penjelasan = collapse(text.slice(note.index + note[0].length));
    text = text.slice(0, note.index);
  }
  text = joinDashedFraction(text);
  const formula = collapse(text);
  return penjelasan ? { formula, penjelasan } : { formula };
}

function collapse(t: string): string {
  return t.replace(/\s+/g, " ").trim();
}

function stripHtml(t: string): string {
  return t
    .replace(/<\s*(br|\/p|\/li|\/div|\/tr)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Replaces \frac{A}{B} (nested too) by (A) / (B), and the other LaTeX commands seen in the seeds. */
function stripLatex(t: string): string {
  let out = t.replace(/\\begin\s*\{array\}\s*\{[^}]*\}|\\end\s*\{array\}/g, " ");
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

/** A fraction bar of dashes, alone on its line or after the numerator ("A -----x 100%"). */
const DASH_LINE = /^(.*?)\s*[-_–—]{3,}\s*((?:x|X|×|\*)\s*100\s*%?)?\s*$/;
const TRAILING_TIMES_100 = /\s*(?:x|X|×|\*|dikali)\s*100\s*%?\s*$/;

/** "A\n-----\nB x 100%" (a fraction drawn with a dashed line) becomes "(A) / (B) x 100%". */
function joinDashedFraction(t: string): string {
  const lines = t.split("\n");
  const dash = lines.findIndex((l) => DASH_LINE.test(l));
  if (dash < 0 || dash === lines.length - 1) return t.replace(/\n/g, " ");
  const [, before, times100] = DASH_LINE.exec(lines[dash])!;
  const numerator = [...lines.slice(0, dash), before].join(" ").trim();
  let denominator = lines
    .slice(dash + 1)
    .join(" ")
    .trim();
  let suffix = times100 ? " x 100%" : "";
  if (TRAILING_TIMES_100.test(denominator)) {
    // Written to the right of the fraction bar's lower half: it multiplies the whole fraction.
    denominator = denominator.replace(TRAILING_TIMES_100, "");
    suffix = " x 100%";
  }
  if (!numerator || !denominator) return t.replace(/\n/g, " ");
  return `(${numerator}) / (${denominator})${suffix}`;
}
