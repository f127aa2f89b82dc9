import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed documents live beside the checkout in ../shared/seeds (they name real officials,
 * so they are not copied into the repository). CI runs with shared/ beside the clone.
 */
export const SEEDS_DIR = process.env.IKI_SEEDS_DIR ?? path.resolve(__dirname, "../../../shared/seeds");

export function seedFile(prefix: "000" | "001" | "002" | "003" | "004"): string {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(`Folder seed ${SEEDS_DIR} tidak ada (set IKI_SEEDS_DIR).`);
  }
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`Seed ${prefix} tidak ditemukan di ${SEEDS_DIR}.`);
  return name;
}

/** Lines of a seed, 1-based like `cat -n` (index 0 is unused). */
export function seedLines(prefix: "000" | "001" | "002" | "003" | "004"): string[] {
  return ["", ...readFileSync(path.join(SEEDS_DIR, seedFile(prefix)), "utf8").split("\n")];
}
