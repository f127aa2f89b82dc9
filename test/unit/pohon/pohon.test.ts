/*
 * The pohon kinerja (issue #30): one model and one layout for every output. For the catalogue's
 * units and for a workbook of kecamatan positions: every indicator of the input is drawn once,
 * every gap as a gap, and no two boxes or texts overlap, checked on the geometry a real renderer
 * (resvg, with Liberation Sans) gives each box's text, not on the layout's own numbers.
 */
import { Resvg } from "@resvg/resvg-js";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { positionsTopDown } from "../../../src/core/catalogue/cascading";
import {
  cascadeTrees,
  catalogueCascadeTrees,
  CascadeTree,
  validateCascade,
  validateSheets,
} from "../../../src/core/validate";
import { exampleGrids, positionSheet } from "../../../src/core/validate/rules/examples";
import { CELAH_TEKS, nodesOf, Pohon, pohonOf } from "../../../src/core/pohon/model";
import { Kotak, tataLetak, TataLetak, UKURAN } from "../../../src/core/pohon/layout";
import { baselines, pohonSvg, WARNA } from "../../../src/core/pohon/svg";

const katalog = defaultKatalog();

function allBoxes(p: Pohon) {
  return [p.akar, ...p.samping].flatMap((n) => nodesOf(n));
}

/** Pairs of boxes that overlap (touching edges allowed). */
function overlaps(t: TataLetak): string[] {
  const out: string[] = [];
  const sorted = [...t.kotak].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.w; j++) {
      const b = sorted[j];
      if (a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.node.teks} / ${b.node.teks}`);
    }
  }
  return out;
}

/** The rendered bounds of one box's texts, by resvg on an SVG holding only them. */
function renderedTextBounds(svg: string, k: Kotak) {
  const group = new RegExp(`<g id="${k.node.id}"[^>]*>[\\s\\S]*?</g>`).exec(svg)![0];
  const texts = group.match(/<text[\s\S]*?<\/text>/g)!.join("");
  const head = /<svg[^>]*>/.exec(svg)![0];
  return new Resvg(`${head}${texts}</svg>`, {
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  }).getBBox();
}

function checkDrawing(tree: CascadeTree) {
  const pohon = pohonOf(tree);
  const layout = tataLetak(pohon);
  expect(overlaps(layout)).toEqual([]);
  const svg = pohonSvg(layout);
  for (const k of layout.kotak) {
    const b = renderedTextBounds(svg, k);
    expect(b).toBeDefined();
    // Inside its box (half a point of anti-aliasing allowed).
    const inside =
      b!.x >= k.x - 0.5 && b!.y >= k.y - 0.5 && b!.x + b!.width <= k.x + k.w + 0.5 && b!.y + b!.height <= k.y + k.h + 0.5;
    expect([k.node.teks, inside]).toEqual([k.node.teks, true]);
  }
  return { pohon, layout, svg };
}

describe("pohon kinerja from the catalogue", () => {
  const trees = catalogueCascadeTrees(katalog);

  it("has a tree for every unit of two positions or more", () => {
    const units = katalog.units.filter((u) => positionsTopDown(katalog, u.id).length >= 2);
    expect(trees.map((t) => t.unit).sort()).toEqual(units.map((u) => u.id).sort());
  });

  it.each(trees.map((t) => [t.namaUnit, t] as const))("%s: each IKI and IKU drawn once, the gaps as gaps, nothing overlapping", (_n, tree) => {
    const { pohon, svg } = checkDrawing(tree);
    const boxes = allBoxes(pohon);
    // Every position's IKI of the catalogue: one box with its text and its position.
    for (const j of positionsTopDown(katalog, tree.unit)) {
      for (const e of katalog.entriesFor({ unit: tree.unit, jabatan: j.id, level: "iki" })) {
        const found = boxes.filter((b) => b.jenis === "iki" && b.teks === e.indikator && b.pemegang === j.nama);
        expect([j.nama, e.indikator, found.length]).toEqual([j.nama, e.indikator, 1]);
      }
    }
    // The unit's IKU: once each; those without supporting IKI dashed, over a gap box.
    const ikuBoxes = boxes.filter((b) => b.jenis === "iku");
    for (const e of katalog.entriesFor({ unit: tree.unit }).filter((x) => x.level !== "iki" && x.unit === tree.unit)) {
      expect([e.indikator, ikuBoxes.filter((b) => b.teks === e.indikator).length]).toEqual([e.indikator, 1]);
    }
    for (const b of ikuBoxes) {
      if (b.tanpaPendukung) {
        expect(b.children.map((c) => c.teks)).toEqual([CELAH_TEKS]);
        expect(svg).toContain(`<g id="${b.id}" data-jenis="iku" data-celah="tanpa-pendukung">`);
      } else expect(b.children.length).toBeGreaterThan(0);
    }
    expect(ikuBoxes.filter((b) => b.tanpaPendukung).length).toBeGreaterThan(0);
  });
});

describe("pohon kinerja from a workbook", () => {
  // Two kecamatan positions: the Sekcam carries IKU 1.2, the Kasi Pemerintahan the APBDes IKI of
  // IKU 1.3, and one IKI of no parent; IKU 1.1 has no supporting IKI.
  const grids = exampleGrids({
    name: "kecamatan",
    workbook: [
      {
        name: "Sekcam",
        sheet: positionSheet("Sekretaris Kecamatan", [
          { indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti" },
        ]),
      },
      {
        name: "Kasi Pem",
        sheet: positionSheet("Kepala Seksi Pemerintahan", [
          { indikator: "Persentase Desa yang menetapkan APBDes Tepat Waktu" },
          { indikator: "Jumlah kegiatan senam pagi pegawai kecamatan" },
        ]),
      },
    ],
  });
  const sheets = validateSheets(grids, katalog);
  const findings = validateCascade(sheets, katalog);
  const [tree] = cascadeTrees(sheets, findings, katalog);

  it("draws each row once, the unsupported IKU as a gap, the orphan beside the tree", () => {
    const { pohon, svg } = checkDrawing(tree);
    const boxes = allBoxes(pohon);
    const iki = boxes.filter((b) => b.jenis === "iki");
    expect(iki.map((b) => `${b.pemegang}: ${b.teks}`).sort()).toEqual([
      "Kepala Seksi Pemerintahan: Jumlah kegiatan senam pagi pegawai kecamatan",
      "Kepala Seksi Pemerintahan: Persentase Desa yang menetapkan APBDes Tepat Waktu",
      "Sekretaris Kecamatan: Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
    ]);
    const ikm = boxes.find((b) => b.jenis === "iku" && b.teks === "Nilai IKM Kecamatan")!;
    expect(ikm.tanpaPendukung).toBe(true);
    expect(ikm.children.map((c) => c.teks)).toEqual([CELAH_TEKS]);
    // The orphan stands in a group beside the tree, under its position.
    const side = pohon.samping.flatMap((s) => nodesOf(s));
    expect(side.find((b) => b.teks === "Jumlah kegiatan senam pagi pegawai kecamatan")).toBeDefined();
    expect(pohon.samping[0].teks).toBe("IKI tanpa induk");
    expect(svg).toContain(`<title>Celah · ${CELAH_TEKS}</title>`);
    // Each IKI box points at its cell.
    expect(iki.every((b) => b.at?.cell)).toBe(true);
  });

  it("renders as a PNG of the layout's size", () => {
    const layout = tataLetak(pohonOf(tree));
    const img = new Resvg(pohonSvg(layout), { fitTo: { mode: "zoom", value: 2 } }).render();
    // The SVG's size is in points: 4/3 pixels each at zoom 1.
    expect(img.width).toBe(Math.round((layout.lebar * 4) / 3 * 2));
    expect(img.height).toBe(Math.round((layout.tinggi * 4) / 3 * 2));
    // Not blank: the box fills are drawn (some pixel is not white).
    const px = img.pixels;
    let coloured = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240) coloured++;
    expect(coloured).toBeGreaterThan(1000);
    // Each box's text is drawn: on each of its lines, pixels far from the box's fill (the glyphs),
    // read back from the PNG where the layout put the line.
    const scale = img.width / layout.lebar;
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const k of layout.kotak) {
      const fill = rgb(WARNA[k.node.jenis].isi);
      const b = baselines(k);
      for (const [i, y] of b.baris.entries()) {
        let ink = 0;
        const top = Math.round((y - UKURAN.teks * 0.7) * scale);
        const bottom = Math.round(y * scale);
        const left = Math.round((k.x + UKURAN.pad) * scale);
        const right = Math.round((k.x + k.w - UKURAN.pad) * scale);
        for (let py = top; py < bottom; py++)
          for (let x = left; x < right; x++) {
            const o = (py * img.width + x) * 4;
            if (Math.abs(px[o] - fill[0]) + Math.abs(px[o + 1] - fill[1]) + Math.abs(px[o + 2] - fill[2]) > 200) ink++;
          }
        expect([k.baris[i], ink > 20]).toEqual([k.baris[i], true]);
      }
    }
  });
});

describe("pohon kinerja on paper", () => {
  const { halamanPohon, KERTAS, SKALA_MIN } = require("../../../src/core/pohon/halaman") as typeof import("../../../src/core/pohon/halaman");
  const pohon = pohonOf(catalogueCascadeTrees(katalog).find((t) => t.unit === "kecamatan")!);

  it.each(["a3", "a4"] as const)("%s: pages readable, every indicator on one, the tree whole on the first", (kertas) => {
    const pages = halamanPohon(pohon, KERTAS[kertas]);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.skala).toBeGreaterThanOrEqual(SKALA_MIN);
    const drawn = new Set(pages.flatMap((p) => p.tata.kotak.map((k) => k.node.teks)));
    for (const b of allBoxes(pohon)) expect([b.teks, drawn.has(b.teks)]).toEqual([b.teks, true]);
    // The tree without the groups beside it fits: it is the first page, whole.
    expect(pages[0].tata.kotak.map((k) => k.node.id).sort()).toEqual(nodesOf(pohon.akar).map((n) => n.id).sort());
  });

  it("a tree too wide for one page gets an overview and a page per branch", () => {
    // Ten IKU of one unit, each with three IKI: far wider than A4.
    const iku = Array.from({ length: 10 }, (_, i) => ({
      id: `iku${i}`,
      jenis: "iku" as const,
      tingkat: `IKU 1.${i + 1}`,
      teks: `Persentase capaian sasaran nomor ${i + 1} yang memenuhi standar pelayanan`,
      children: Array.from({ length: 3 }, (_, j) => ({
        id: `iki${i}-${j}`,
        jenis: "iki" as const,
        tingkat: "IKI",
        pemegang: `Kepala Seksi ${j + 1}`,
        teks: `Persentase kegiatan ${i + 1}.${j + 1} yang selesai tepat waktu dan sesuai rencana`,
        children: [],
      })),
    }));
    const wide: Pohon = {
      unit: "contoh",
      namaUnit: "Contoh",
      akar: { id: "u", jenis: "unit", tingkat: "Unit", teks: "Contoh", children: iku },
      samping: [],
    };
    const pages = halamanPohon(wide, KERTAS.a4);
    expect(pages[0].tata.judul).toBe("Pohon Kinerja Contoh: ikhtisar");
    expect(pages[0].tata.kotak.filter((k) => k.node.jenis === "iki")).toHaveLength(0);
    expect(pages[0].tata.kotak.find((k) => k.node.id === "iku0")!.node.teks).toMatch(/\(3 IKI, lihat halamannya\)$/);
    expect(pages.slice(1).map((p) => p.tata.judul)).toEqual(iku.map((b) => `Pohon Kinerja Contoh: ${b.tingkat} ${b.teks}`));
    // The branches print readably; the overview, a map of the IKU, may print smaller.
    for (const p of pages.slice(1)) expect(p.skala).toBeGreaterThanOrEqual(SKALA_MIN);
    expect(pages[0].skala).toBeGreaterThan(0.5);
  });
});

describe("pohon kinerja from the seed-derived kecamatan workbooks", () => {
  // Built from the committed sanitised seeds (test/fixtures/seedWorkbooks.ts), read as iki-cek does.
  const trees: Array<[string, CascadeTree, number]> = [];
  beforeAll(async () => {
    const os = await import("node:os");
    const path = await import("node:path");
    const { mkdtempSync } = await import("node:fs");
    const { writeSeedFixtures } = await import("../../fixtures/seedWorkbooks");
    const { readWorkbookGrids } = await import("../../../src/cli/workbookGrid");
    const files = await writeSeedFixtures(mkdtempSync(path.join(os.tmpdir(), "seed-pohon-")));
    for (const [prefix, file] of Object.entries(files)) {
      const sheets = validateSheets(await readWorkbookGrids(file), katalog);
      const rows = sheets.flatMap((s) => s.indicators).filter((t) => t.table.jabatan).reduce((n, t) => n + t.rows.length, 0);
      for (const tree of cascadeTrees(sheets, validateCascade(sheets, katalog), katalog)) trees.push([prefix, tree, rows]);
    }
  }, 120_000);

  it("draws the kecamatan seeds with two positions or more: each IKI row once, nothing overlapping", () => {
    expect(trees.length).toBeGreaterThan(0);
    for (const [prefix, tree, rows] of trees) {
      const { pohon } = checkDrawing(tree);
      const iki = allBoxes(pohon).filter((b) => b.jenis === "iki");
      // Every indicator row of a table whose position is known is one IKI box, pointing at its cell.
      expect([prefix, iki.length]).toEqual([prefix, rows]);
      expect(new Set(iki.map((b) => `${b.at!.sheet}!${b.at!.cell}`)).size).toBe(iki.length);
    }
  });
});
