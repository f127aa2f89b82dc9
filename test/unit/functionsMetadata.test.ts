import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { formatSignature, readFunctionsMetadata } from "../../src/core/functionMetadata";
import { checkFunctionsJson } from "../../scripts/lib/manifestRules";

const root = path.resolve(__dirname, "../..");
const goldenPath = path.join(root, "test/golden/functions.json");

async function generate(): Promise<string> {
  const result = await generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  return result.metadataJson;
}

describe("generated functions.json", () => {
  let generated: string;
  beforeAll(async () => {
    generated = await generate();
  }, 60_000);

  it("matches the pinned golden copy (update test/golden/functions.json on purpose only)", () => {
    const golden = JSON.parse(readFileSync(goldenPath, "utf8"));
    expect(JSON.parse(generated)).toEqual(golden);
  });

  it("passes the offline functions.json checks", () => {
    expect(checkFunctionsJson(generated)).toEqual([]);
  });

  it("declares range and optional parameters so Excel passes blanks and text through", () => {
    for (const fn of readFunctionsMetadata(JSON.parse(generated))) {
      for (const p of fn.parameters) {
        expect(p.type ?? "any").toBe("any");
      }
    }
  });

  it("is listed in the README with its signature", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    for (const fn of readFunctionsMetadata(JSON.parse(generated))) {
      expect(readme).toContain(formatSignature(fn).replace(/^=/, "`=") + "`");
    }
  });
});
