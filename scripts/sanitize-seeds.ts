/**
 * Writes test/fixtures/seeds/ from the seed documents in ../shared/seeds (or IKI_SEEDS_DIR):
 * the same texts line for line, with every person's name and NIP replaced by placeholders
 * (test/support/sanitizeSeed.ts). `npm test` reads only these copies; `npm run test:seeds`
 * checks that they are still what this script makes of the originals.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sanitizeSeed, seedPeople } from "../test/support/sanitizeSeed";
import { RAW_SEEDS_DIR, SANITIZED_SEEDS_DIR } from "../test/support/seeds";

const files = readdirSync(RAW_SEEDS_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f));
if (files.length === 0) {
  process.stderr.write(`Tidak ada dokumen seed di ${RAW_SEEDS_DIR} (atur IKI_SEEDS_DIR).\n`);
  process.exit(2);
}
const texts = files.map((f) => readFileSync(path.join(RAW_SEEDS_DIR, f), "utf8"));
const people = seedPeople(texts);
mkdirSync(SANITIZED_SEEDS_DIR, { recursive: true });
files.forEach((f, i) =>
  writeFileSync(path.join(SANITIZED_SEEDS_DIR, f), sanitizeSeed(texts[i], people))
);
process.stdout.write(
  `${files.length} seed ditulis ke ${SANITIZED_SEEDS_DIR} (${people.names.length} nama, ${people.nips.length} NIP diganti).\n`
);
