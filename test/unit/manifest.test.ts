import { readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import { checkManifest, checkFunctionsJson } from "../../scripts/lib/manifestRules";
import { FUNCTION_NAMESPACE } from "../../src/core/functionMetadata";
import { checkManifestSchema } from "../../scripts/lib/manifestSchema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV, PROD, productionManifest } = require("../../scripts/manifestVariants.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderHelpPage, anchorOf } = require("../../scripts/lib/helpPage.cjs");

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

function messages(xml: string): string[] {
  return checkManifest(xml).map((p) => p.message);
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("declares a long-lived shared runtime, and the ribbon button opens the pane with ShowTaskpane", () => {
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long" \/>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Shared.Url" \/>\s*<\/Action>/);
    expect(manifest).not.toContain("TaskpaneId");
    expect(manifest).not.toContain("ExecuteFunction");
  });

  it("is the development identity; the production build gets its own", () => {
    expect(manifest).toContain(`<Id>${DEV.id}</Id>`);
    expect(manifest).toContain('<DisplayName DefaultValue="Asisten IKI (dev)" />');
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="IKIDEV" />');
    const prod = productionManifest(manifest, "https://localhost:3000/", "https://iki.contoh.go.id/");
    expect(prod).toContain(`<Id>${PROD.id}</Id>`);
    expect(PROD.id).not.toBe(DEV.id);
    expect(prod).toContain('<DisplayName DefaultValue="Asisten IKI" />');
    expect(prod).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${FUNCTION_NAMESPACE}" />`);
    expect(prod).not.toMatch(/\(dev\)|IKIDEV|localhost/);
    expect(checkManifest(prod)).toEqual([]);
  });

  it("both identities are valid against Microsoft's XSD schemas (offline)", async () => {
    expect(await checkManifestSchema(manifest)).toEqual([]);
    expect(await checkManifestSchema(productionManifest(manifest, "https://localhost:3000/", "https://iki.contoh.go.id/"))).toEqual([]);
  }, 30_000);

  it("points SupportUrl, LearnMoreUrl and every function's help to help.html, one anchor per function", () => {
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html" />');
    expect(manifest).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html" />');
    const functions = JSON.parse(readFileSync(path.join(root, "test/golden/functions.json"), "utf8")).functions;
    const page: string = renderHelpPage(functions, "IKI");
    for (const fn of functions) {
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${anchorOf(fn.name)}`);
      expect(page).toContain(`<section id="${anchorOf(fn.name)}">`);
      expect(page).toContain(`=IKI.${fn.name}(`);
    }
    expect(page).toMatch(/<html lang="id">/);
  });

  it("has the icons it names, at the sizes it names", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(path.join(root, `assets/icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});

describe("manifest checks catch broken copies", () => {
  const broken: Array<[string, (xml: string) => string, string]> = [
    ["not well-formed", (x) => x.replace("</Permissions>", "</Permission>"), "XML tidak valid"],
    ["elements out of schema order", (x) => x.replace("<Version>0.1.0.0</Version>\n  <ProviderName>Pemerintah Kabupaten Lumajang</ProviderName>", "<ProviderName>Pemerintah Kabupaten Lumajang</ProviderName>\n  <Version>0.1.0.0</Version>"), "<Version> harus berada sebelum <ProviderName>"],
    ["dangling resid", (x) => x.replace('<Label resid="Group.Label" />', '<Label resid="Group.Missing" />'), 'resid "Group.Missing" tidak ditemukan di bt:ShortStrings'],
    ["resid of the wrong kind", (x) => x.replace('<Title resid="OpenPane.Label" />', '<Title resid="OpenPane.Tooltip" />'), 'resid "OpenPane.Tooltip" tidak ditemukan di bt:ShortStrings'],
    ["id over 32 characters", (x) => x.replace('id="AsistenIki.OpenPane"', 'id="AsistenIki.OpenPane.WithAVeryLongName"'), "lebih dari 32 karakter"],
    ["http URL", (x) => x.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"'), "harus https"],
    ["a production URL with a space (ASISTEN_IKI_URL typed wrong)", (x) => x.replace(/https:\/\/localhost:3000\//g, "https://asisten iki.go.id/"), "berisi spasi"],
    ["a production URL with a doubled slash", (x) => x.replace(/https:\/\/localhost:3000\//g, "https://iki.contoh.go.id//"), "garis miring ganda"],
    ["not a URL", (x) => x.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://"'), "bukan URL yang sah"],
    ["TaskpaneId under the shared runtime", (x) => x.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>Pane1</TaskpaneId>'), "TaskpaneId"],
    ["no shared runtime", (x) => x.replace(/<Runtimes>.*?<\/Runtimes>/s, ""), "tepat satu <Runtime>"],
    ["short-lived runtime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ["functions page outside the shared runtime", (x) => x.replace(/<Page>\s*<SourceLocation resid="Shared.Url" \/>/, '<Page><SourceLocation resid="Functions.Script.Url" />'), "bukan runtime bersama"],
    ["SharedRuntime set missing", (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', ""), "SharedRuntime"],
    ["bad namespace", (x) => x.replace('DefaultValue="IKIDEV"', 'DefaultValue="IKI-DEV"'), "Namespace"],
    ["wrong root namespace", (x) => x.replace('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"', 'xmlns="http://example.org"'), "Namespace harus"],
    ["bad GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>asisten-iki</Id>"), "bukan GUID"],
    ["missing required element", (x) => x.replace(/<Permissions>.*?<\/Permissions>/, ""), "<Permissions>"],
  ];

  it.each(broken)("%s", (_name, breakIt, expected) => {
    const xml = breakIt(manifest);
    expect(xml).not.toBe(manifest);
    const found = messages(xml);
    expect(found.length).toBeGreaterThan(0);
    if (expected) expect(found.join("\n")).toContain(expected);
  });

  // What the schema knows: the project's own rules let the first six of these pass.
  const schemaOnly: Array<[string, (xml: string) => string, RegExp]> = [
    ["wrong child order in CustomFunctions", (x) => x.replace(/(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1"), /Page.*This element is not expected|Script/],
    ["an unknown permission", (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAll</Permissions>"), /Permissions.*enumeration/],
    ["a ShortString over 125 characters", (x) => x.replace('DefaultValue="Asisten IKI siap dipakai"', `DefaultValue="${"Asisten IKI siap dipakai ".repeat(6)}"`), /maxLength|length/],
    ["a button without its Supertip", (x) => x.replace(/<Supertip>[\s\S]*?<\/Supertip>/, ""), /Supertip|Icon.*not expected/],
    ["an invalid xsi:type", (x) => x.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowPane">'), /ShowPane|xsi:type/],
    ["an unknown element", (x) => x.replace("<Hosts>\n    <Host Name=\"Workbook\" />", "<Hosts>\n    <Host Name=\"Workbook\" /><Tuan />"), /Tuan/],
    ["a malformed Version", (x) => x.replace("<Version>0.1.0.0</Version>", "<Version>versi 1</Version>"), /Version/],
    ["a lifetime that is neither short nor long", (x) => x.replace('lifetime="long"', 'lifetime="selamanya"'), /lifetime/],
  ];

  it.each(schemaOnly)("the XSD check refuses %s", async (_name, breakIt, expected) => {
    const xml = breakIt(manifest);
    expect(xml).not.toBe(manifest);
    const problems = await checkManifestSchema(xml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join("\n")).toMatch(expected);
  }, 30_000);

  it("reports order problems inside VersionOverrides", () => {
    const xml = manifest.replace(/(\s*<GetStarted>.*?<\/GetStarted>)(\s*<FunctionFile resid="Shared.Url" \/>)/s, "$2$1");
    expect(messages(xml)).toContain("<GetStarted> harus berada sebelum <FunctionFile> (urutan skema).");
  });

  it("the command line exits non-zero on a broken copy and zero on the real one", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const bad = path.join(dir, "manifest.xml");
    writeFileSync(bad, manifest.replace('<Label resid="Group.Label" />', '<Label resid="Nope" />'));
    const run = (file: string) => {
      try {
        execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/validate-manifest.ts"), file], { stdio: "pipe" });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(run(bad)).toBe(1);
    expect(run(path.join(root, "manifest.xml"))).toBe(0);
  }, 30_000);
});

describe("functions.json checks", () => {
  const ok = { functions: [{ id: "PERSEN", name: "PERSEN", description: "x", parameters: [{ name: "a", description: "b" }] }] };
  it("accept a good file", () => {
    expect(checkFunctionsJson(JSON.stringify(ok))).toEqual([]);
  });
  it.each([
    ["id too short", { id: "PE", name: "PERSEN" }, "id harus"],
    ["cell-like id", { id: "ABC1", name: "ABCX" }, "alamat sel"],
    ["undescribed parameter", { parameters: [{ name: "a" }] }, "tanpa deskripsi"],
    ["empty description", { description: " " }, "deskripsi fungsi kosong"],
  ])("refuse %s", (_n, change, expected) => {
    const f = { functions: [{ ...ok.functions[0], ...change }] };
    expect(checkFunctionsJson(JSON.stringify(f)).map((p) => p.message).join()).toContain(expected);
  });
  it("refuse invalid JSON", () => {
    expect(checkFunctionsJson("{")[0].message).toContain("JSON tidak valid");
  });
});
