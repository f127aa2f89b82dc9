/** The formula tree the parser builds over named quantities. */
export type Expr =
  | { type: "num"; value: number; percent: boolean }
  | { type: "qty"; text: string }
  | { type: "op"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { type: "neg"; arg: Expr };

export function num(value: number, percent = false): Expr {
  return { type: "num", value, percent };
}

/*
 * Tree walks. The parser never builds a tree deeper than MAX_TREE_DEPTH (see parse.ts), so the
 * recursive ones below (exprText, and toNode in compare.ts) have a bound; the walks that collect
 * leaves are written with an explicit stack and need none.
 */

/**
 * Deepest a tree may be for the recursive walks (exprText, compare's toNode and mathjs, which
 * compiles and evaluates recursively). Real formulas stay below 20.
 */
export const MAX_TREE_DEPTH = 600;

/** Depth of a tree (a leaf is 1), without recursion. */
export function exprDepth(e: Expr | undefined): number {
  if (!e) return 0;
  let deepest = 0;
  const stack: Array<[Expr, number]> = [[e, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (node.type === "op") stack.push([node.left, depth + 1], [node.right, depth + 1]);
    else if (node.type === "neg") stack.push([node.arg, depth + 1]);
  }
  return deepest;
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

/** The quantity texts of a tree, left to right (repeats kept). */
export function quantities(e: Expr | undefined, out: string[] = []): string[] {
  if (!e) return out;
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "qty") out.push(node.text);
    else if (node.type === "op") stack.push(node.right, node.left);
    else if (node.type === "neg") stack.push(node.arg);
  }
  return out;
}

/** A product written as factors with exponent +1 (numerator) or -1 (denominator). */
export interface Factor {
  expr: Expr;
  up: boolean;
}

export function factors(e: Expr, up = true, out: Factor[] = []): Factor[] {
  const stack: Factor[] = [{ expr: e, up }];
  while (stack.length > 0) {
    const f = stack.pop()!;
    const node = f.expr;
    if (node.type === "op" && node.op === "*") {
      stack.push({ expr: node.right, up: f.up }, { expr: node.left, up: f.up });
    } else if (node.type === "op" && node.op === "/") {
      stack.push({ expr: node.right, up: !f.up }, { expr: node.left, up: f.up });
    } else out.push(f);
  }
  return out;
}

/** Terms of a sum: a + b - c gives a, b, c (signs dropped; used to count parts). */
export function terms(e: Expr, out: Expr[] = []): Expr[] {
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "op" && (node.op === "+" || node.op === "-")) {
      stack.push(node.right, node.left);
    } else out.push(node);
  }
  return out;
}
