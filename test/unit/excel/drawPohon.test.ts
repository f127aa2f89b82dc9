/*
 * "Gambar pohon kinerja" (issue #30) against the fake Excel, which checks every shape value as
 * Excel does: one rectangle per box at the layout's place with its text, one elbow connector per
 * link attached at both ends (parent's bottom, child's top, or left for a column), nothing else in
 * the workbook changed, two syncs; without ExcelApi 1.9 the outline is written into cells.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { catalogueCascadeTrees } from "../../../src/core/validate";
import { pohonOf } from "../../../src/core/pohon/model";
import { tataLetak } from "../../../src/core/pohon/layout";
import { drawPohon, shapeText, SITE } from "../../../src/excel/drawPohon";
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";

const pohon = pohonOf(catalogueCascadeTrees(defaultKatalog()).find((t) => t.unit === "kecamatan")!);
const layout = tataLetak(pohon);

function workbook() {
  const state = new FakeWorkbookState();
  state.addSheet("Pohon Kinerja").setValues([["data pengguna"]]);
  return state;
}

describe("drawPohon", () => {
  it("draws every box as a rectangle and every link as a connector attached to both boxes", async () => {
    const state = workbook();
    const before = JSON.stringify([...state.sheets[0].cells.entries()]);
    state.syncCount = 0;
    const r = await drawPohon(fakeHost(state), pohon);
    expect(state.syncCount).toBe(2);
    // A new sheet beside the user's, which is untouched (its name was taken).
    expect(r).toEqual({ sheet: "Pohon Kinerja (2)", kotak: layout.kotak.length, garis: layout.garis.length, bentuk: true });
    expect(JSON.stringify([...state.sheets[0].cells.entries()])).toBe(before);
    expect(state.sheets[0].shapes).toHaveLength(0);
    const sheet = state.sheet("Pohon Kinerja (2)")!;
    expect(state.sheets[state.active]).toBe(sheet);
    const boxes = sheet.shapes.filter((s) => s.type === "GeometricShape");
    const lines = sheet.shapes.filter((s) => s.type === "Line");
    expect(boxes).toHaveLength(layout.kotak.length);
    expect(lines).toHaveLength(layout.garis.length);
    const byName = new Map(sheet.shapes.map((s) => [s.name, s]));
    for (const k of layout.kotak) {
      const b = byName.get(`Pohon ${k.node.id}`)!;
      expect([b.left, b.top, b.width, b.height]).toEqual([k.x, k.y, k.w, k.h]);
      expect(b.text).toBe(shapeText(k.node).text);
      expect(b.runs[0]).toMatchObject({ start: 0, length: shapeText(k.node).head, font: { bold: true } });
      expect(b.line.dashStyle).toBe(k.node.jenis === "celah" || k.node.tanpaPendukung ? "Dash" : "Solid");
    }
    const idOf = (nodeId: string) => byName.get(`Pohon ${nodeId}`)!.id;
    for (const g of layout.garis) {
      const l = byName.get(`Pohon ${g.dari}-${g.ke}`)!;
      expect(l.connector).toBe("Elbow");
      expect(l.begin).toEqual({ shape: idOf(g.dari), site: SITE.bawah });
      expect(l.end!.shape).toBe(idOf(g.ke));
      expect([SITE.atas, SITE.kiri]).toContain(l.end!.site);
    }
    // The gap is drawn as a gap: a dashed red box under the unsupported IKU.
    const gap = boxes.find((b) => b.text.endsWith("belum ada IKI pendukung"))!;
    expect(gap.line).toMatchObject({ dashStyle: "Dash", color: "#A4262C" });
  });

  it("without shapes (before ExcelApi 1.9) writes the outline into cells instead", async () => {
    const state = workbook();
    for (const v of ["1.9", "1.13", "1.18"]) state.supported.delete(`ExcelApi ${v}`);
    const r = await drawPohon(fakeHost(state), pohon);
    expect(r.bentuk).toBe(false);
    const sheet = state.sheet(r.sheet)!;
    expect(sheet.shapes).toHaveLength(0);
    const texts = [...sheet.cells.values()].map((c) => String(c.value).trim());
    for (const k of layout.kotak) expect(texts).toContain(k.node.teks);
  });

  it("refuses what Excel refuses: the fake is strict", async () => {
    const state = workbook();
    const host = fakeHost(state);
    await expect(
      host.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Pohon Kinerja");
        const a = s.shapes.addGeometricShape("Rectangle");
        const line = s.shapes.addLine(0, 0, 10, 10, "Elbow");
        line.line.connectBeginShape(a, 4);
        await context.sync();
      })
    ).rejects.toThrow(/titik sambung 4/);
    await expect(
      host.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Pohon Kinerja");
        s.shapes.addGeometricShape("Rectangle").fill.setSolidColor("hijau");
        await context.sync();
      })
    ).rejects.toThrow(/warna/);
  });
});
