/*
 * Writes the small hostile workbooks of test/support/hostileFiles.ts to test/fixtures/hostile/
 * (`npm run fixtures:hostile`). The tests read the committed files, so a change to a recipe
 * shows up as a changed fixture in review.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMALL_FIXTURES } from "../test/support/hostileFiles";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../test/fixtures/hostile");
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(SMALL_FIXTURES)) {
    const data = await make();
    writeFileSync(path.join(dir, name), data);
    console.log(`${name}: ${data.length} bait`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
