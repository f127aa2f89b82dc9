/*
 * Mutation tests for the adapters' load() calls: the fake can be told to ignore the load of one
 * property name (state.droppedLoads), as if that load(...) had been deleted from the adapter.
 * Each row drops one name an adapter asks for and expects the adapter to fail with Office's
 * PropertyNotLoaded, so a forgotten load fails here instead of in real Excel. The last rows show
 * the opposite: names the adapters never need to load change nothing.
 */
import { fakeHost, FakeWorkbookState } from "../../../src/dev/fakeExcel";
import { ExcelHost } from "../../../src/excel/host";
import { readActiveSheet, readWorkbook } from "../../../src/excel/readGrids";
import { insertTemplate } from "../../../src/excel/writeTemplate";
import { FindingMarks } from "../../../src/excel/markFindings";
import { createWorkbookService } from "../../../src/excel/workbookService";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { buildTemplate } from "../../../src/core/template/templateModel";
import { validateGrid } from "../../../src/core/validate";
import { KASI_PEMERINTAHAN_2025 } from "../../support/templateOptions";

const katalog = defaultKatalog();
const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"];
const ROW = ["1", "S", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "", "", ""];

function workbook(): { state: FakeWorkbookState; host: ExcelHost } {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet("IKI");
  sheet.setValues([HEADER, ROW]);
  sheet.merges.push({ top: 0, left: 4, bottom: 0, right: 5 });
  sheet.setValues([["=1+1"]], 1, 7);
  state.sheets[0].ensure(1, 3).note = "catatan pengguna";
  return { state, host: fakeHost(state) };
}

/** Marks the findings of the sheet, then (optionally) removes them again. */
async function markThenUnmark(host: ExcelHost, unmark: boolean): Promise<void> {
  const report = validateGrid(await readActiveSheet(host), katalog);
  const marks = new FindingMarks();
  await marks.mark(host, report.findings);
  if (unmark) await new FindingMarks().unmark(host);
}

type Action = (host: ExcelHost, state: FakeWorkbookState) => Promise<unknown>;
const model = buildTemplate(katalog, KASI_PEMERINTAHAN_2025);

const actions: Record<string, Action> = {
  "readActiveSheet": (host) => readActiveSheet(host),
  "readWorkbook": (host) => readWorkbook(host),
  "readActiveSheet in blocks": (host, state) => {
    state.payloadLimitCells = 10;
    return readActiveSheet(host);
  },
  "insertTemplate, new sheet": (host) => insertTemplate(host, model, { kind: "lembar-baru" }),
  "insertTemplate at the selection": (host, state) => {
    state.selection = { sheet: "IKI", area: { top: 10, left: 10, bottom: 10, right: 10 } };
    return insertTemplate(host, model, { kind: "sel-terpilih" });
  },
  "mark": (host) => markThenUnmark(host, false),
  "unmark after a restart": (host) => markThenUnmark(host, true),
  "insertAtSelection": (host, state) => {
    state.selection = { sheet: "IKI", area: { top: 10, left: 0, bottom: 10, right: 0 } };
    return createWorkbookService(host).insertAtSelection(["1", { formula: "=A1" }], "uji");
  },
};

/** [action, dropped property name]: the adapter must fail. */
const needed: Array<[string, string]> = [
  ["readActiveSheet", "name"],
  ["readActiveSheet", "address"],
  ["readActiveSheet", "rowIndex"],
  ["readActiveSheet", "columnIndex"],
  ["readActiveSheet", "values"],
  ["readActiveSheet", "items/address"],
  ["readWorkbook", "items/name"],
  ["readActiveSheet in blocks", "rowCount"],
  ["readActiveSheet in blocks", "columnCount"],
  ["readActiveSheet in blocks", "values"],
  ["insertTemplate, new sheet", "items/name"],
  ["insertTemplate, new sheet", "name"],
  ["insertTemplate at the selection", "values"],
  ["insertTemplate at the selection", "formulas"],
  ["insertTemplate at the selection", "rowIndex"],
  ["mark", "color"],
  ["mark", "items"],
  ["unmark after a restart", "content"],
  ["insertAtSelection", "values"],
  ["insertAtSelection", "formulas"],
  ["insertAtSelection", "address"],
];

describe("every load() an adapter makes is needed", () => {
  it.each(needed)("%s fails without loading %s", async (action, dropped) => {
    const { state, host } = workbook();
    state.droppedLoads.add(dropped);
    await expect(actions[action](host, state)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it.each(Object.keys(actions))("%s works when nothing is dropped", async (action) => {
    const { state, host } = workbook();
    await actions[action](host, state);
  });

  it.each([["readActiveSheet", "formulas"], ["readActiveSheet", "rowCount"], ["mark", "isNullObject"]])(
    "%s does not need %s (isNullObject and unused properties come without a load)",
    async (action, dropped) => {
      const { state, host } = workbook();
      state.droppedLoads.add(dropped);
      await actions[action](host, state);
    }
  );
});
