/*
 * The validator on the corpus of public documents in test/corpus (issue #11, section 4), scored
 * against the reviewer's labels written before the validator ever ran on them. The floors below
 * are the figures reached when this test was written (README, "Korpus"): a regression fails, an
 * improvement is free. The goals of the issue (every table, recall >= 0.9, precision >= 0.95) hold.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { CORPUS_DIR, corpusDocuments, scoreCorpus } from "../../support/corpus";

describe("the corpus", () => {
  const docs = corpusDocuments();

  it("has its documents, each with a source note, listed in SOURCES.md", () => {
    expect(docs.length).toBeGreaterThanOrEqual(29);
    const rows = docs.reduce((n, d) => n + d.harapan.tables.reduce((m, t) => m + t.indicatorRows, 0), 0);
    expect(rows).toBeGreaterThanOrEqual(150);
    const sources = readFileSync(path.join(CORPUS_DIR, "SOURCES.md"), "utf8");
    for (const d of docs) {
      expect(existsSync(path.join(CORPUS_DIR, d.id, "sumber.md"))).toBe(true);
      expect(sources).toContain(`| ${d.id} |`);
      for (const f of d.harapan.findings) expect(f.reason.length).toBeGreaterThan(10);
    }
  });

  it("names no person: placeholders only", () => {
    for (const d of docs) {
      const text = JSON.stringify(d.dokumen);
      expect(text).not.toMatch(/NIP\.?\s*\d/);
      expect(text.replace(/\s/g, "")).not.toMatch(/(19|20)\d{6}(19|20)\d{4}[12]\d{3}/);
    }
  });

  it("every table is found, and recall and precision stay at least where they were", async () => {
    const { total } = await scoreCorpus(defaultKatalog(), mkdtempSync(path.join(os.tmpdir(), "korpus-")));
    expect(total.missedTables).toEqual([]);
    expect(total.recalled / total.labelled).toBeGreaterThanOrEqual(0.9);
    expect(total.confirmed / total.reported).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
