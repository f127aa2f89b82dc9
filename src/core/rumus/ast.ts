/** The formula tree the parser builds over named quantities. */
export type Expr =
  | { type: "num"; value: number; percent: boolean }
  | { type: "qty"; text: string }
  | { type: "op"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { type: "neg"; arg: Expr };

export function num(value: number, percent = false): Expr {
  return { type: "num", value, percent };
}

/** Readable text of a tree, with the parentheses it needs. */
export function exprText(e: Expr, parentPrec = 0): string {
  switch (e.type) {
    case "num":
      return `${String(e.value).replace(".", ",")}${e.percent ? "%" : ""}`;
    case "qty":
      return e.text;
    case "neg":
      return `-${exprText(e.arg, 3)}`;
    case "op": {
      const prec = e.op === "+" || e.op === "-" ? 1 : 2;
      const sym = e.op === "*" ? "x" : e.op;
      const right = exprText(e.right, e.op === "-" || e.op === "/" ? prec + 1 : prec);
      const text = `${exprText(e.left, prec)} ${sym} ${right}`;
      return prec < parentPrec ? `(${text})` : text;
    }
  }
}

export function quantities(e: Expr | undefined, out: string[] = []): string[] {
  if (!e) return out;
  if (e.type === "qty") out.push(e.text);
  else if (e.type === "op") {
    quantities(e.left, out);
    quantities(e.right, out);
  } else if (e.type === "neg") quantities(e.arg, out);
  return out;
}

/** A product written as factors with exponent +1 (numerator) or -1 (denominator). */
export interface Factor {
  expr: Expr;
  up: boolean;
}

export function factors(e: Expr, up = true, out: Factor[] = []): Factor[] {
  if (e.type === "op" && e.op === "*") {
    factors(e.left, up, out);
    factors(e.right, up, out);
  } else if (e.type === "op" && e.op === "/") {
    factors(e.left, up, out);
    factors(e.right, !up, out);
  } else out.push({ expr: e, up });
  return out;
}

/** Terms of a sum: a + b - c gives a, b, c (signs dropped; used to count parts). */
export function terms(e: Expr, out: Expr[] = []): Expr[] {
  if (e.type === "op" && (e.op === "+" || e.op === "-")) {
    terms(e.left, out);
    terms(e.right, out);
  } else out.push(e);
  return out;
}
