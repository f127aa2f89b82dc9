/*
 * indikator-keluaran against indicators labelled outcome / output / kegiatan before the rule was
 * written (test/labels/keluaran.json: the catalogue's IKU and IKI, IKU-level rows of the corpus).
 * The catalogue half tuned the wording after the first-sight score; the corpus half is the
 * hold-out. The numbers are the README's ("Evaluasi AKIP"); these bounds keep them from sliding.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { keluaranOf } from "../../../src/core/validate/outcomeVocabulary";

interface Label {
  sumber: string;
  tingkat: "iku" | "iki" | "lain";
  indikator: string;
  label: "outcome" | "output" | "kegiatan";
}
const labels: Label[] = JSON.parse(readFileSync(path.resolve(__dirname, "../../labels/keluaran.json"), "utf8"));

function score(set: Label[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const l of set) {
    const flagged = keluaranOf(l.indikator) !== undefined;
    const positive = l.label !== "outcome";
    if (flagged && positive) tp++;
    else if (flagged) fp++;
    else if (positive) fn++;
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe("indikator-keluaran on the labelled indicators", () => {
  const iku = labels.filter((l) => l.tingkat === "iku");

  it("the set: at least 150 indicators, 80 at IKU level, each labelled", () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(iku.length).toBeGreaterThanOrEqual(80);
    for (const l of labels) expect(["outcome", "output", "kegiatan"]).toContain(l.label);
    expect(new Set(labels.map((l) => l.indikator.trim().toLowerCase())).size).toBe(labels.length);
  });

  it("at IKU level: precision at least 0.9 over the set, 0.8 on the hold-out", () => {
    const all = score(iku);
    const holdOut = score(iku.filter((l) => l.sumber.startsWith("korpus:")));
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(holdOut.precision).toBeGreaterThanOrEqual(0.8);
    // A rule of words catches what its words say: a third of the outputs, not more.
    expect(all.recall).toBeGreaterThan(0.3);
  });

  it("flags no indicator labelled outcome among the catalogue's own IKU", () => {
    expect(score(iku.filter((l) => l.sumber.startsWith("katalog:"))).fp).toBe(0);
  });
});
