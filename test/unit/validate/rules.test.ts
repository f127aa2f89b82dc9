/*
 * Every rule's own table of valid and invalid examples (src/core/validate/rules/<id>.ts), run
 * through the whole validator as a user's sheet would be, and the README's rule table against
 * the registry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import {
  RuleId,
  RULES,
  RULES_BY_ID,
  SEVERITY,
  validateGrid,
  validateSheets,
  validateWorkbook,
} from "../../../src/core/validate";
import { exampleGrid, exampleGrids, RuleExample } from "../../../src/core/validate/rules/examples";
import { examplesOf } from "../../support/ruleExamples";

const katalog = defaultKatalog();
const sorted = (xs: string[]) => [...xs].sort();

describe.each(RULES.map((r) => [r.id as RuleId, r] as const))("rule %s", (id, rule) => {
  const examples = examplesOf(id);
  it("has valid and invalid examples and an Indonesian title", () => {
    expect(examples.valid.length).toBeGreaterThan(0);
    expect(examples.invalid.length).toBeGreaterThan(0);
    expect(rule.title.length).toBeGreaterThan(5);
    for (const e of examples.invalid) expect(e.cells?.length).toBeGreaterThan(0);
  });

  /** A workbook example is validated as a workbook, its cells named "Sheet!A1". */
  const check = (example: RuleExample) =>
    example.workbook
      ? validateWorkbook(exampleGrids(example), katalog, {
          ...(example.lama
            ? {
                banding: {
                  nama: "berkas tahun lalu",
                  sheets: validateSheets(exampleGrids({ name: "lama", workbook: example.lama }), katalog),
                },
              }
            : {}),
        }).findings.map((f) => ({ ...f, cell: `${f.sheet}!${f.cell}` }))
      : validateGrid(exampleGrid(example), katalog).findings;

  const valid = examples.valid.map((e) => [e.name, e] as const);
  it.each(valid)("valid: %s", (_name, example) => {
    const findings = check(example);
    expect(findings.filter((f) => f.rule === id).map((f) => f.message)).toEqual([]);
  });

  const invalid = examples.invalid.map((e) => [e.name, e] as const);
  it.each(invalid)("invalid: %s", (_name, example) => {
    const mine = check(example).filter((f) => f.rule === id);
    expect(sorted(mine.map((f) => f.cell))).toEqual(sorted(example.cells!));
    for (const f of mine) {
      expect(f.severity).toBe(rule.severity);
      expect(`${f.sheet}!${f.message}`.startsWith(`${f.cell}: `) || f.message.startsWith(`${f.cell}: `)).toBe(true);
    }
  });
});

describe("the registry", () => {
  it("lists each rule once, under its own id", () => {
    for (const [id, rule] of Object.entries(RULES_BY_ID)) expect(rule.id).toBe(id);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("each rule lives in src/core/validate/rules/<id>.ts, its examples in <id>.examples.ts", () => {
    const dir = path.resolve(__dirname, "../../../src/core/validate/rules");
    for (const rule of RULES) {
      const text = readFileSync(path.join(dir, `${rule.id}.ts`), "utf8");
      expect(text).toContain(`id: "${rule.id}"`);
      expect(text).not.toContain("examples");
      expect(readFileSync(path.join(dir, `${rule.id}.examples.ts`), "utf8")).toContain("export const examples");
    }
  });

  it("keeps the examples out of what the pane and the CLI import", () => {
    const dir = path.resolve(__dirname, "../../../src");
    const files = require("node:fs").readdirSync(dir, { recursive: true }) as string[];
    for (const f of files.filter((x) => /\.tsx?$/.test(x) && !x.endsWith(".examples.ts"))) {
      const text = readFileSync(path.join(dir, f), "utf8");
      expect([f, /from "[^"]*\.examples"/.test(text) || /rules\/examples"/.test(text)]).toEqual([f, false]);
    }
  });

  it("matches the README's rule table (every rule once, with its severity)", () => {
    const readme = readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
    const start = readme.indexOf("| Aturan | Tingkat | Kapan |");
    expect(start).toBeGreaterThan(0);
    const lines = readme.slice(start).split("\n").slice(2);
    const table = lines.slice(0, lines.findIndex((l) => !l.startsWith("|")));
    const LABEL: Record<string, string> = { kesalahan: "error", peringatan: "warning", info: "info" };
    const documented: Record<string, string> = {};
    for (const line of table) {
      const [ids, level] = line.split("|").slice(1, 3);
      for (const m of ids.matchAll(/`([a-z0-9-]+)`/g)) {
        expect(documented[m[1]]).toBeUndefined(); // once
        documented[m[1]] = LABEL[level.trim()];
      }
    }
    expect(documented).toEqual(SEVERITY);
  });
});
