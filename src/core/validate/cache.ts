import { EntriMatch } from "../catalogue/katalog";
import { compareRumus, Comparison, parseFraction, parseRumus, RumusParse } from "../rumus";
import { PERCENT_NAME, RATIO_NAME } from "../rumus/vocabulary";

/** Entries a shared cache keeps before it starts afresh (memory stays bounded on any run). */
const MAX_SHARED = 50_000;

/** Caches shared by all sheets of one run (the same formula is often repeated). */
export class ValidationCache {
  readonly matches: Map<string, EntriMatch | undefined>;
  readonly parses: Map<string, RumusParse>;
  readonly comparisons: Map<string, Comparison>;
  /** Formulas given as their two sides (parseFraction), under the text they are shown as. */
  readonly fractions = new Map<string, RumusParse>();
  /**
   * `shared`: another file's cache whose catalogue matches, parses and comparisons this one
   * reuses (a kabupaten's files repeat the same standard formulas; `periksa FOLDER`); what a
   * workbook shows as a fraction stays its own.
   */
  constructor(shared?: ValidationCache) {
    if (shared)
      for (const map of [shared.matches, shared.parses, shared.comparisons])
        if (map.size > MAX_SHARED) map.clear();
    this.matches = shared?.matches ?? new Map();
    this.parses = shared?.parses ?? new Map();
    this.comparisons = shared?.comparisons ?? new Map();
  }
  parse(text: string, indikator: string, persen?: boolean): RumusParse {
    const key = parseKey(text, indikator, persen);
    let p = this.fractions.get(key) ?? this.parses.get(key);
    if (!p) this.parses.set(key, (p = parseRumus(text, { indikator, persen })));
    return p;
  }
  /**
   * A formula written as a numerator and a denominator in cells of their own; later parses of
   * the text it is shown as (a catalogue comparison) give the same reading.
   */
  parseFraction(
    pembilang: string,
    penyebut: string,
    indikator: string,
    persen?: boolean
  ): RumusParse {
    const p = parseFraction(pembilang, penyebut, { indikator, persen });
    const key = parseKey(p.raw, indikator, persen);
    const known = this.fractions.get(key);
    if (known) return known;
    this.fractions.set(key, p);
    return p;
  }
  compare(text: string, indikator: string, reference: string): Comparison {
    const kind = PERCENT_NAME.test(indikator) ? "p" : RATIO_NAME.test(indikator) ? "r" : "";
    const key = `${kind}\u0000${text}\u0000${reference}`;
    let c = this.comparisons.get(key);
    if (!c)
      this.comparisons.set(
        key,
        (c = compareRumus(this.parse(text, indikator), this.parse(reference, indikator)))
      );
    return c;
  }
}

/** The parse reads of the indicator only whether its name says percentage or ratio. */
function parseKey(text: string, indikator: string, persen: boolean | undefined): string {
  const kind = PERCENT_NAME.test(indikator) ? "p" : RATIO_NAME.test(indikator) ? "r" : "";
  return `${kind}\u0000${text}\u0000${persen === undefined ? "" : persen ? "%" : "-"}`;
}
