import { Katalog } from "../../src/core/catalogue/katalog";
import { parseRumus } from "../../src/core/rumus";
import { judgeFormula } from "../../src/core/validate";

/** id -> "kind [formula rules]" for every catalogue formula: the pinned golden table. */
export function rumusGolden(katalog: Katalog): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of katalog.entries) {
    const r = parseRumus(e.rumus, { indikator: e.indikator });
    const codes = judgeFormula(r).map((d) => d.rule);
    out[e.id] = codes.length ? `${r.kind} [${codes.join(", ")}]` : r.kind;
  }
  return out;
}
