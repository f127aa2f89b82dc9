/**
 * The adapters never call an Excel API that clears the user's undo stack (Microsoft's list in
 * src/excel/undoUnsupported.ts): every call and assignment in src/excel is read with the type
 * checker, its receiver's type named as Excel names it (XWorksheet -> Worksheet).
 */
import * as path from "node:path";
import * as ts from "typescript";
import { UNDO_UNSUPPORTED } from "../../../src/excel/undoUnsupported";

const ROOT = path.join(__dirname, "../../..");

function violations(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.ReactJSX,
    types: ["office-js", "node"],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(path.resolve(source.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const member = node.name.text;
        const parent = node.parent;
        const called = ts.isCallExpression(parent) && parent.expression === node;
        const assigned =
          ts.isBinaryExpression(parent) &&
          parent.left === node &&
          parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
        if (called || assigned) {
          const receiver = checker.getTypeAtLocation(node.expression);
          const name = (receiver.getSymbol() ?? receiver.aliasSymbol)?.getName() ?? "";
          const type = name.replace(/^X(?=[A-Z])/, "");
          const hit = UNDO_UNSUPPORTED.find(
            (u) => u.type === type && u.member === member && u.kind === (called ? "call" : "set")
          );
          if (hit) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            found.push(`${path.relative(ROOT, source.fileName)}:${line + 1}: ${type}.${member}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("Excel's undo stays the user's", () => {
  it("no adapter calls an API that clears the undo stack", () => {
    const dir = path.join(ROOT, "src/excel");
    const files = ts.sys
      .readDirectory(dir, [".ts"])
      .filter((f) => !f.endsWith("undoUnsupported.ts"))
      .map((f) => path.resolve(f));
    expect(violations(files)).toEqual([]);
  }, 60_000);

  it("finds such a call when there is one", () => {
    const file = path.join(ROOT, "test/unit/excel/fixtures/clearsUndo.ts");
    expect(violations([path.resolve(file)])).toEqual([
      "test/unit/excel/fixtures/clearsUndo.ts:6: Worksheet.delete",
      "test/unit/excel/fixtures/clearsUndo.ts:7: Worksheet.name",
    ]);
  }, 60_000);
});
