/*
 * The cascading tree of a checked workbook (issue 15, section 3): on the workbook built from
 * seed 001 (Kecamatan Lumajang, six position tables on one sheet).
 */
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { cascadeTrees, CascadeNode, CascadeTree, validateCascade, validateGrid } from "../../../src/core/validate";
import { writeSeedFixtures } from "../../fixtures/seedWorkbooks";

const katalog = defaultKatalog();
let tree: CascadeTree;
let rowCount = 0;
const walk = (n: CascadeNode): CascadeNode[] => [n, ...n.children.flatMap(walk)];

beforeAll(async () => {
  const files = await writeSeedFixtures(mkdtempSync(path.join(os.tmpdir(), "cascade-")));
  const sheets = (await readWorkbookGrids(files["001"])).map((g) => validateGrid(g, katalog));
  const findings = [...sheets.flatMap((s) => s.findings), ...validateCascade(sheets, katalog)];
  [tree] = cascadeTrees(sheets, findings, katalog);
  rowCount = sheets.flatMap((s) => s.tables).reduce((n, t) => n + t.indicatorRows, 0);
}, 120_000);

describe("the cascading tree of seed 001", () => {
  it("has the kabupaten IKU over the three kecamatan IKU, then the IKI without a parent", () => {
    expect(tree.namaUnit).toBe("Kecamatan");
    expect(tree.roots.map((r) => `${r.label}: ${r.teks}`)).toEqual([
      "IKU Kabupaten: Indeks kepuasan masyarakat",
      "IKI tanpa induk: ",
    ]);
    expect(tree.roots[0].children.map((c) => c.label)).toEqual(["IKU 1.1", "IKU 1.2", "IKU 1.3"]);
  });

  it("marks the IKU no IKI supports, and hangs the village-document IKI under IKU 1.3", () => {
    const [i11, i12, i13] = tree.roots[0].children;
    expect(i11.marks.map((m) => m.rule)).toEqual(["iku-tanpa-pendukung"]);
    expect(i11.children).toEqual([]);
    expect(i12.marks.map((m) => m.rule)).toEqual(["iku-tanpa-pendukung"]);
    expect(i13.marks).toEqual([]);
    expect(i13.children.map((c) => c.label)).toEqual(["Sekretaris Kecamatan", "Kepala Seksi Pemerintahan"]);
    for (const position of i13.children) {
      expect(position.children.map((c) => c.teks)).toEqual([
        "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
        "Persentase Desa yang menetapkan APBDes Tepat Waktu",
        "Persentase Desa yang menetapkan LPPDes Tepat Waktu",
      ]);
      for (const leaf of position.children) expect(leaf.at?.sheet).toBe("IKI Lumajang");
    }
  });

  it("puts a Kasubag's IKI under the same IKI of the Sekcam above it", () => {
    const orphans = tree.roots[1];
    const sekcam = orphans.children.find((c) => c.label === "Sekretaris Kecamatan")!;
    const keuangan = sekcam.children.find((c) => c.teks === "Persentase fasilitasi Administrasi Keuangan Perangkat Daerah")!;
    expect(keuangan.marks.map((m) => m.rule)).toEqual(["iki-tanpa-induk"]);
    expect(keuangan.children.map((c) => c.label)).toEqual(["Kepala Sub Bagian Keuangan"]);
    expect(keuangan.children[0].marks).toEqual([]); // linked: its atasan carries it
  });

  it("places every indicator row of the six tables exactly once", () => {
    const leaves = tree.roots.flatMap(walk).filter((n) => n.jenis === "iki");
    const cells = leaves.map((n) => `${n.at!.sheet}!${n.at!.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells.length).toBe(rowCount);
    expect(rowCount).toBeGreaterThan(40);
  });
});
