import { EntriMatch } from "../catalogue/katalog";
import { compareRumus, Comparison, parseRumus, RumusParse } from "../rumus";
import { PERCENT_NAME, RATIO_NAME } from "../rumus/vocabulary";

/** Caches shared by all sheets of one run (the same formula is often repeated). */
export class ValidationCache {
  readonly matches = new Map<string, EntriMatch | undefined>();
  readonly parses = new Map<string, RumusParse>();
  readonly comparisons = new Map<string, Comparison>();
  parse(text: string, indikator: string, persen?: boolean): RumusParse {
    // The parse reads of the indicator only whether its name says percentage or ratio.
    const kind = PERCENT_NAME.test(indikator) ? "p" : RATIO_NAME.test(indikator) ? "r" : "";
    const key = `${kind}\u0000${text}\u0000${persen === undefined ? "" : persen ? "%" : "-"}`;
    let p = this.parses.get(key);
    if (!p) this.parses.set(key, (p = parseRumus(text, { indikator, persen })));
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
