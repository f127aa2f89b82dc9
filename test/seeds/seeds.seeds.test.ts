/*
 * Opt-in suite (`npm run test:seeds`): the checks that need the original seed documents in
 * ../shared/seeds (or IKI_SEEDS_DIR), which name real officials and so are not in the repository.
 * - the committed copies in test/fixtures/seeds are exactly what scripts/sanitize-seeds.ts makes
 *   of the originals (so `npm test` tests the real documents, line for line);
 * - no person's name or NIP from the originals is anywhere in the repository: product, catalogue,
 *   fixtures, golden files, README.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sanitizeSeed, seedPeople } from "../support/sanitizeSeed";
import { RAW_SEEDS_DIR, SANITIZED_SEEDS_DIR } from "../support/seeds";

const root = path.resolve(__dirname, "../..");
const files = readdirSync(RAW_SEEDS_DIR)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
const texts = files.map((f) => readFileSync(path.join(RAW_SEEDS_DIR, f), "utf8"));
const people = seedPeople(texts);

/** Every text file of the repository, outside what npm and the builds write. */
function repositoryFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (
      [".git", "node_modules", "dist", "dist-cli", "dist-demo", "coverage", "output"].includes(name)
    )
      continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) repositoryFiles(p, out);
    else if (!/\.(png|ico|xlsx|zip|gz)$/i.test(name)) out.push(p);
  }
  return out;
}

describe("the original seed documents", () => {
  it("are the five documents, naming people the sanitiser recognises", () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
    expect(people.names.length).toBeGreaterThan(15);
    expect(people.nips.length).toBeGreaterThan(15);
  });

  it.each(files.map((f, i) => [f, i]))(
    "test/fixtures/seeds/%s is the sanitised original (npm run fixtures:seeds)",
    (f, i) => {
      const committed = readFileSync(path.join(SANITIZED_SEEDS_DIR, f as string), "utf8");
      expect(committed).toBe(sanitizeSeed(texts[i as number], people));
      expect(committed.split("\n")).toHaveLength(texts[i as number].split("\n").length);
    }
  );
});

describe("no person from the seeds in the repository", () => {
  const repo = repositoryFiles(root).map((p) => ({
    p: path.relative(root, p),
    text: readFileSync(p, "utf8"),
  }));

  it("reads the product, the catalogue and the fixtures", () => {
    const names = repo.map((f) => f.p);
    expect(names).toContain(
      path.join("src", "core", "catalogue", "data", "katalog-lumajang-2019.json")
    );
    expect(names).toContain(path.join("test", "fixtures", "seeds", files[0]));
  });

  it.each(people.names.map((n) => [n.replace(/\S/g, "*").length, n]))(
    "no name of %i characters",
    (_len, name) => {
      const pattern = new RegExp(
        `\\b${(name as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`,
        "i"
      );
      expect(repo.filter((f) => pattern.test(f.text)).map((f) => f.p)).toEqual([]);
    }
  );

  it("no NIP", () => {
    const found = repo
      .filter((f) => people.nips.some((nip) => f.text.replace(/\s/g, "").includes(nip)))
      .map((f) => f.p);
    expect(found).toEqual([]);
  });
});
