/**
 * "Urungkan": every write the pane makes into cells can be undone exactly, also after the pane
 * (or the file) was closed and opened again; a cell the user changed since keeps the change.
 */
import { FakeWorkbookState, fakeHost } from "../../../src/dev/fakeExcel";
import { createWorkbookService } from "../../../src/excel/workbookService";
import {
  UNDO_LIMIT,
  UNDO_NAMESPACE,
  contentOf,
  restoreInput,
  unwrapSteps,
} from "../../../src/excel/undoJournal";
import { undoMessage } from "../../../src/excel/undoMessage";

function workbook() {
  const state = new FakeWorkbookState();
  const ws = state.addSheet("IKI Kasi Pem");
  ws.setValues([
    ["No", "Indikator", "Rumus", "Sumber Data", "Penanggung Jawab"],
    [1, "Persentase desa", "=B2*2", "", ""],
    [2, "Indeks kepuasan", "", "001", ""],
  ]);
  return { state, ws, service: createWorkbookService(fakeHost(state)) };
}

/** Every cell of a sheet: value and formula, to compare before and after. */
function snapshot(ws: ReturnType<typeof workbook>["ws"]) {
  return [...ws.cells.entries()]
    .filter(([, c]) => c.value !== "" || c.formula)
    .map(([k, c]) => [k, c.value, c.formula ?? null])
    .sort();
}

describe("Urungkan", () => {
  it("restores a quick fix exactly: an empty cell, a formula, a text that looks like a number", async () => {
    const { ws, service } = workbook();
    const before = snapshot(ws);
    await service.write("IKI Kasi Pem", "E2", "Kasi Pemerintahan", "Isi Penanggung Jawab");
    await service.write("IKI Kasi Pem", "C2", "Jumlah desa / seluruh desa x 100", "Isi rumus");
    await service.write("IKI Kasi Pem", "D3", "=HYPERLINK(\"x\")", "Isi Sumber Data");
    expect(ws.cell(1, 4)!.value).toBe("Kasi Pemerintahan");
    expect(ws.cell(2, 3)!.formula).toBeUndefined(); // text stays text
    for (let i = 0; i < 3; i++) await service.undo();
    expect(snapshot(ws)).toEqual(before);
    expect(ws.cell(1, 2)!.formula).toBe("=B2*2");
    expect(await service.lastUndo()).toBeUndefined();
  });

  it("survives a reopen: the steps are stored in the workbook", async () => {
    const { state, ws, service } = workbook();
    await service.write("IKI Kasi Pem", "E3", "Kasi Kesra", "Isi Penanggung Jawab (E3)");
    expect(state.xmlParts.filter((p) => p.namespace === UNDO_NAMESPACE)).toHaveLength(1);
    const reopened = createWorkbookService(fakeHost(state));
    expect(await reopened.lastUndo()).toMatchObject({ label: "Isi Penanggung Jawab (E3)" });
    const r = await reopened.undo();
    expect(r).toEqual({ label: "Isi Penanggung Jawab (E3)", restored: 1, kept: 0, gone: 0 });
    expect(ws.cell(2, 4)?.value ?? "").toBe("");
    expect(state.xmlParts.filter((p) => p.namespace === UNDO_NAMESPACE)).toHaveLength(0);
  });

  it("keeps what the user typed after the write", async () => {
    const { ws, service } = workbook();
    await service.fillEmpty(
      [
        { sheet: "IKI Kasi Pem", cell: "E2", value: "Kasi Pem" },
        { sheet: "IKI Kasi Pem", cell: "E3", value: "Kasi Pem" },
      ],
      "Isi Penanggung Jawab dari katalog: 2 sel"
    );
    ws.ensure(2, 4).value = "Sekretaris Camat"; // typed by the user
    const r = (await service.undo())!;
    expect(r).toMatchObject({ restored: 1, kept: 1 });
    expect(ws.cell(1, 4)!.value).toBe("");
    expect(ws.cell(2, 4)!.value).toBe("Sekretaris Camat");
    expect(undoMessage(r)).toMatch(/^Diurungkan: .* 1 sel dikembalikan .* 1 sel sudah Anda ubah/);
  });

  it("Perbaiki semua writes only into cells still empty, and one Urungkan takes all back", async () => {
    const { ws, service } = workbook();
    const before = snapshot(ws);
    const r = await service.fillEmpty(
      [
        { sheet: "IKI Kasi Pem", cell: "E2", value: "Kasi Pem" },
        { sheet: "IKI Kasi Pem", cell: "D3", value: "Laporan" }, // holds "001": not overwritten
        { sheet: "IKI Kasi Pem", cell: "E3", value: "Kasi Pem" },
      ],
      "Isi dari katalog"
    );
    expect(r).toEqual({ written: 2, skipped: 1 });
    expect(ws.cell(2, 3)!.value).toBe("001");
    await service.undo();
    expect(snapshot(ws)).toEqual(before);
  });

  it("undoes a catalogue row and a function example inserted at the selection", async () => {
    const { state, ws, service } = workbook();
    const before = snapshot(ws);
    state.selection = { sheet: "IKI Kasi Pem", area: { top: 5, left: 1, bottom: 5, right: 1 } };
    await service.insertAtSelection(["", "Sasaran", "Indikator"], "Baris katalog disisipkan");
    state.selection = { sheet: "IKI Kasi Pem", area: { top: 7, left: 0, bottom: 7, right: 0 } };
    await service.insertAtSelection([{ formula: "=IKI.PERSEN(B2,C2)" }], "Contoh rumus");
    expect(await service.lastUndo()).toMatchObject({ label: "Contoh rumus" });
    await service.undo();
    await service.undo();
    expect(snapshot(ws)).toEqual(before);
  });

  it("counts cells on a sheet that is gone, and changes nothing else", async () => {
    const { state, service } = workbook();
    await service.write("IKI Kasi Pem", "E2", "x", "Isi");
    state.sheets[0].name = "IKI lama";
    expect(await service.undo()).toMatchObject({ restored: 0, gone: 1 });
  });

  it("keeps the last steps only", async () => {
    const { service } = workbook();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) await service.write("IKI Kasi Pem", "E2", `v${i}`, `langkah ${i}`);
    let n = 0;
    while (await service.undo()) n++;
    expect(n).toBe(UNDO_LIMIT);
  });

  it("without custom XML parts (before ExcelApi 1.5), undo works while the pane lives", async () => {
    const { state, ws, service } = workbook();
    state.supported = new Set(["ExcelApi 1.1", "ExcelApi 1.2"]);
    await service.write("IKI Kasi Pem", "E2", "x", "Isi");
    expect(state.xmlParts).toHaveLength(0);
    await service.undo();
    expect(ws.cell(1, 4)!.value).toBe("");
  });

  it("asks Excel for one undo group per write (ExcelApi 1.20)", async () => {
    const { state, service } = workbook();
    await service.write("IKI Kasi Pem", "E2", "x", "Isi");
    expect(state.runOptions.some((o) => o?.mergeUndoGroup)).toBe(true);
  });

  it("reads damaged or foreign stored steps as none", () => {
    expect(unwrapSteps("not json")).toEqual([]);
    expect(unwrapSteps('[{"id":1}]')).toEqual([]);
    expect(unwrapSteps('{"a":1}')).toEqual([]);
  });

  it("writes back text that Excel would read as something else with the apostrophe", () => {
    expect(restoreInput({ value: "001" })).toBe("'001");
    expect(restoreInput({ value: "12,5" })).toBe("'12,5");
    expect(restoreInput({ value: "TRUE" })).toBe("'TRUE");
    expect(restoreInput({ value: "=A1" })).toBe("'=A1");
    expect(restoreInput({ value: "Kasi Pem" })).toBe("Kasi Pem");
    expect(restoreInput({ value: 12.5 })).toBe(12.5);
    expect(restoreInput({ formula: "=A1*2" })).toBe("=A1*2");
    expect(contentOf("=A1", 3)).toEqual({ formula: "=A1" });
    expect(contentOf("001", "001")).toEqual({ value: "001" });
  });
});
