/*
 * Usage: tsx scripts/validate-manifest.ts FILE.xml|FILE.json... (manifests and functions.json).
 * A manifest is checked against Microsoft's XSD schemas (offline, schemas/manifest) and by the
 * project's own rules (scripts/lib/manifestRules.ts: what the schema cannot say).
 */
import { readFileSync, existsSync } from "node:fs";
import { checkFunctionsJson, checkManifest, Problem } from "./lib/manifestRules";
import { checkManifestSchema } from "./lib/manifestSchema";

const files = process.argv.slice(2);
let failed = false;

function report(file: string, problems: Problem[]): void {
  if (problems.length === 0) {
    console.log(`✓ ${file}: tidak ada masalah.`);
    return;
  }
  failed = true;
  console.error(`✗ ${file}: ${problems.length} masalah`);
  for (const p of problems) console.error(`  - ${p.where}: ${p.message}`);
}

if (files.length === 0) {
  console.error("Pemakaian: validate-manifest manifest.xml dist/functions.json");
  process.exit(2);
}
async function main(): Promise<void> {
  for (const path of files) {
    if (!existsSync(path)) {
      failed = true;
      console.error(`✗ ${path} tidak ditemukan${path.includes("dist") ? " (jalankan npm run build dahulu)" : ""}.`);
      continue;
    }
    const text = readFileSync(path, "utf8");
    if (path.endsWith(".json")) report(path, checkFunctionsJson(text));
    else report(path, [...(await checkManifestSchema(text)), ...checkManifest(text)]);
  }
  process.exit(failed ? 1 : 0);
}
void main();
