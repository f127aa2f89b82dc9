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

/**
 * Where each example's inputs usually stand, relative to the cell the formula goes in (the
 * selected cell): `[columns, rows]` offsets, a range as two of them. Capaian stands right of
 * Target and Realisasi, so CAPAIAN in E5 reads D5 (realisasi) and C5 (target).
 */
type Offset = readonly [number, number];
type Arg = Offset | readonly [Offset, Offset] | string;
const RELATIVE: ReadonlyMap<string, { args: readonly Arg[]; roles: readonly string[] }> = new Map(
  Object.entries({
    PERSEN: { args: [[-2, 0], [-1, 0], "2"], roles: ["pembilang", "penyebut"] },
    CAPAIAN: { args: [[-1, 0], [-2, 0], '"positif"'], roles: ["realisasi", "target"] },
    PERTUMBUHAN: {
      args: [
        [-1, 0],
        [-2, 0],
      ],
      roles: ["nilai tahun ini", "nilai tahun sebelumnya"],
    },
    PENURUNAN: {
      args: [
        [-1, 0],
        [-2, 0],
      ],
      roles: ["nilai tahun ini", "nilai tahun sebelumnya"],
    },
    SELISIH: {
      args: [
        [-1, 0],
        [-2, 0],
      ],
      roles: ["nilai tahun ini", "nilai tahun sebelumnya"],
    },
    RATARATA: {
      args: [
        [
          [-4, 0],
          [-1, 0],
        ],
      ],
      roles: ["nilai yang dirata-rata"],
    },
    MUTUIKM: { args: [[-1, 0]], roles: ["nilai IKM"] },
    PREDIKAT: { args: [[-1, 0]], roles: ["capaian (%)"] },
    RUMUS: { args: [[-1, 0]], roles: ["nama indikator"] },
    KATALOG: { args: [[-1, 0], '"sumber"'], roles: ["nama indikator"] },
  })
);

/** An example written for a cell: the formula and what each reference is meant to hold. */
export interface PlacedExample {
  formula: string;
  /** "D5 = realisasi, C5 = target". */
  explanation: string;
}

const a1 = (col: number, row: number) => {
  let name = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
};

/**
 * The example for a function placed at the cell (0-based `col`, `row`): its references follow
 * that cell. Undefined when the function reads no neighbouring cells (the fixed example applies)
 * or when they would fall outside the sheet (a cell in column A has nothing on its left).
 */
export function exampleAt(id: string, at: { col: number; row: number }): PlacedExample | undefined {
  const spec = RELATIVE.get(id);
  if (!spec) return undefined;
  const refs: string[] = [];
  const ref = (o: Offset) => {
    const [c, r] = [at.col + o[0], at.row + o[1]];
    return c < 0 || r < 0 ? undefined : a1(c, r);
  };
  for (const arg of spec.args) {
    if (typeof arg === "string") refs.push(arg);
    else if (typeof arg[0] === "number") {
      const r = ref(arg as Offset);
      if (!r) return undefined;
      refs.push(r);
    } else {
      const [from, to] = arg as readonly [Offset, Offset];
      const [r1, r2] = [ref(from), ref(to)];
      if (!r1 || !r2) return undefined;
      refs.push(`${r1}:${r2}`);
    }
  }
  const cells = refs.filter((r) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(r));
  return {
    formula: `=${FUNCTION_NAMESPACE}.${id}(${refs.join(",")})`,
    explanation: cells.map((r, i) => `${r} = ${spec.roles[i] ?? "masukan"}`).join(", "),
  };
}
