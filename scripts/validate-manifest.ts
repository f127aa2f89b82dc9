/* Usage: tsx scripts/validate-manifest.ts FILE.xml|FILE.json... (manifests and functions.json files) */
import { readFileSync, existsSync } from "node:fs";
import { checkFunctionsJson, checkManifest, Problem } from "./lib/manifestRules";

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
for (const path of files) {
  const check = path.endsWith(".json") ? checkFunctionsJson : checkManifest;
  if (!existsSync(path)) {
    failed = true;
    console.error(`✗ ${path} tidak ditemukan${path.includes("dist") ? " (jalankan npm run build dahulu)" : ""}.`);
    continue;
  }
  report(path, check(readFileSync(path, "utf8")));
}
process.exit(failed ? 1 : 0);
