/**
 * The glossary is applied everywhere: no text in the sources that a user can read (string and
 * template literals holding a sentence, JSX text) uses a word the glossary says to avoid.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { GLOSARIUM } from "../../src/core/glossary";

const ROOT = path.join(__dirname, "../../src");
/** Folders whose texts reach users: the pane, the cell functions, the reports and the CLI. */
const DIRS = ["taskpane", "functions", "cli", "core", "excel"];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p);
    // The glossary names the avoided words; rule examples are test data, not UI text.
    if (/glossary\.ts$|\.examples\.ts$/.test(d.name)) return [];
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** The texts of a source a user can read, with their line numbers. */
function texts(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    let text: string | undefined;
    if (ts.isJsxText(node)) text = node.text;
    else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      text = node.text;
    // A sentence or a label of words; single tokens ("error", "nilai-galat") are identifiers.
    // Markup and file names inside a text ("<span class=\"error\">", "xl/workbook.xml") are not
    // words a user reads.
    // A template literal's parts may cut a tag in two ("<sheet name=\"${n}\" ...>"): the halves too.
    if (text)
      text = text
        .replace(/<style>[^]*?<\/style>/g, " ")
        .replace(/<[^>]*>/g, " ")
        .replace(/^[^<>]*\/?>/, " ")
        .replace(/<[^<>]*$/, " ")
        .replace(/[\w./-]+\.xml\b/g, " ");
    if (text && /\S\s+\S/.test(text)) {
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    // The cell functions' descriptions are JSDoc, which users read in Excel's formula dialog;
    // elsewhere JSDoc is written for developers, in English.
    const described = ts.isFunctionDeclaration(node) && /functions[\\/]functions\.ts$/.test(file);
    for (const doc of described ? ts.getJSDocCommentsAndTags(node) : []) {
      const comment = typeof doc.comment === "string" ? doc.comment : undefined;
      if (comment)
        out.push({ line: source.getLineAndCharacterOfPosition(doc.getStart()).line + 1, text: comment });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const AVOIDED = Object.values(GLOSARIUM).flatMap((t) =>
  t.hindari.map((word) => ({ word, use: t.pakai, pattern: new RegExp(`(?<![\\w-])${word}(?![\\w-])`, "i") }))
);

describe("glossary", () => {
  it("no user-facing text uses a word the glossary avoids", () => {
    const found: string[] = [];
    for (const dir of DIRS) {
      for (const file of files(path.join(ROOT, dir))) {
        for (const { line, text } of texts(file)) {
          for (const a of AVOIDED) {
            if (a.pattern.test(text))
              found.push(`${path.relative(ROOT, file)}:${line}: "${a.word}" (pakai "${a.use}")`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("catches an avoided word in a sentence, but not in an identifier", () => {
    const galat = AVOIDED.find((a) => a.word === "galat")!;
    expect(galat.pattern.test("3 tabel, 2 galat")).toBe(true);
    expect(galat.pattern.test("aturan nilai-galat")).toBe(false);
  });
});
