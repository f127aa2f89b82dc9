/*
 * The registry of template kinds (issue #28): one module per kind, read by the CLI's options and
 * help, the pane's form and the README's table, which this test holds to the registry.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { TEMPLAT_HELP } from "../../../src/cli/help";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { TEMPLATE_KINDS, templateKind } from "../../../src/core/template/kinds";

const katalog = defaultKatalog();
const README = readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");

describe("the registry of template kinds", () => {
  it("has one module per kind in src/core/template/kinds, each under its own id", () => {
    const dir = path.resolve(__dirname, "../../../src/core/template/kinds");
    const modules = readdirSync(dir).filter((f) => !["index.ts", "types.ts"].includes(f));
    expect(modules).toHaveLength(TEMPLATE_KINDS.length);
    for (const k of TEMPLATE_KINDS) expect(templateKind(k.id)).toBe(k);
  });

  it("is the README's table of kinds, row for row", () => {
    const start = README.indexOf("| Jenis | Di panel | Jabatan | Dari buku kerja (`--dari`) |");
    expect(start).toBeGreaterThan(0);
    const lines = README.slice(start).split("\n").slice(2).map((l) => l.trim());
    const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith("|")));
    const table = rows.map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(table).toEqual(
      TEMPLATE_KINDS.map((k) => [`\`${k.id}\``, k.label, k.jabatan, k.dari ? "ya" : "tidak"])
    );
  });

  it("is the CLI's help: every kind under --jenis, every kind that reads a workbook under --dari", () => {
    for (const k of TEMPLATE_KINDS) {
      expect(TEMPLAT_HELP).toContain(k.help);
      if (k.dari) expect(TEMPLAT_HELP).toContain(`${k.id}: ${k.dari.help}`);
    }
  });

  it.each(TEMPLATE_KINDS.map((k) => [k.id, k] as const))("%s builds from the catalogue and says what it made", (_id, kind) => {
    const jabatan = kind.jabatan === "wajib" ? "kasi-pemerintahan" : undefined;
    const { model, what } = kind.build(katalog, {
      unit: "kecamatan",
      jabatan,
      tahun: 2026,
      rumus: "asli",
      identitas: true,
      isiDariKatalog: true,
      barisKosong: 0,
      ukuran: "tidak",
      tandaTangan: true,
      responden: 30,
    });
    expect(model.bodyRows[1]).toBeGreaterThanOrEqual(model.bodyRows[0]);
    expect(model.sheetName.length).toBeLessThanOrEqual(31);
    expect(what).toMatch(/2026/);
  });
});
