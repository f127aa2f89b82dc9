import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed documents as committed in test/fixtures/seeds: the texts of ../shared/seeds line for
 * line, with every person's name and NIP replaced by placeholders (scripts/sanitize-seeds.ts).
 * `npm test` reads only these; the originals are read by the opt-in `npm run test:seeds`.
 */
export const SANITIZED_SEEDS_DIR = path.resolve(__dirname, "../fixtures/seeds");

/** The original documents, beside the checkout (only scripts/sanitize-seeds.ts and test/seeds read them). */
export const RAW_SEEDS_DIR =
  process.env.IKI_SEEDS_DIR ?? path.resolve(__dirname, "../../../shared/seeds");

export type SeedPrefix = "000" | "001" | "002" | "003" | "004";

/** The seed's file name (as the catalogue's provenance cites it). */
export function seedFile(prefix: SeedPrefix, dir = SANITIZED_SEEDS_DIR): string {
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`Seed ${prefix} tidak ditemukan di ${dir}.`);
  return name;
}

/** Lines of a seed, 1-based like `cat -n` (index 0 is unused). */
export function seedLines(prefix: SeedPrefix): string[] {
  return [
    "",
    ...readFileSync(path.join(SANITIZED_SEEDS_DIR, seedFile(prefix)), "utf8").split("\n"),
  ];
}
