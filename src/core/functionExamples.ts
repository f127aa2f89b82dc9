/**
 * An example to insert for each IKI.* function (Excel's English formula syntax, as
 * Range.formulas expects; Excel shows it with the user's own separators).
 */
import { FUNCTION_NAMESPACE } from "./functionMetadata";

const EXAMPLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    PERSEN: "PERSEN(B2,C2,2)",
    TEPATWAKTU: 'TEPATWAKTU(B2:B20,"RKPDES",2025)',
    STATUSWAKTU: 'STATUSWAKTU(B2:B20,"APBDES",2025)',
    BATASWAKTU: 'BATASWAKTU("LPPDES",2025)',
    RATARATA: "RATARATA(B2:B5)",
    CAPAIAN: 'CAPAIAN(C2,B2,"positif")',
    PERTUMBUHAN: "PERTUMBUHAN(C2,B2)",
    PENURUNAN: "PENURUNAN(C2,B2)",
    SELISIH: "SELISIH(C2,B2)",
    IKM: "IKM(B2:J101)",
    MUTUIKM: "MUTUIKM(B2)",
    PREDIKAT: "PREDIKAT(B2)",
    RUMUS: "RUMUS(C2)",
    KATALOG: 'KATALOG(C2,"sumber")',
  })
);

/** "=IKI.PERSEN(B2,C2,2)"; a generic call for a function without a written example. */
export function exampleFormula(id: string, parameterCount: number): string {
  const body =
    EXAMPLES.get(id) ??
    `${id}(${Array.from({ length: parameterCount }, (_, i) => `${String.fromCharCode(66 + i)}2`).join(",")})`;
  return `=${FUNCTION_NAMESPACE}.${body}`;
}

/**
 * A formula as Excel shows it to an Indonesian user: the argument separator `;` and the decimal
 * comma, outside text in quotes. Range.formulas still takes the English form; this is for display.
 */
export function shownFormula(formula: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ",") out += ";";
    else if (
      !quoted &&
      ch === "." &&
      /\d/.test(formula[i - 1] ?? "") &&
      /\d/.test(formula[i + 1] ?? "")
    )
      out += ",";
    else out += ch;
  }
  return out;
}
