import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import FunctionsPanel from "../../src/taskpane/components/FunctionsPanel";
import App from "../../src/taskpane/components/App";
import { FunctionMetadata, readFunctionsMetadata } from "../../src/core/functionMetadata";
import { fakeHost, FakeWorkbookState } from "../../src/dev/fakeExcel";
import { createWorkbookService } from "../../src/excel/workbookService";
import { defaultKatalog } from "../../src/core/catalogue/loadKatalog";

const golden = readFunctionsMetadata(
  JSON.parse(readFileSync(path.resolve(__dirname, "../golden/functions.json"), "utf8"))
);

function inFluent(node: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

describe("Fungsi panel", () => {
  it("lists every function of the generated metadata with its parameters", async () => {
    expect(golden).toHaveLength(14);
    inFluent(<FunctionsPanel loadFunctions={() => Promise.resolve(golden)} />);
    for (const fn of golden) {
      const card = await screen.findByTestId(`fungsi-${fn.id}`);
      expect(card.textContent).toContain(`=IKI.${fn.name}(`);
      // One list item per parameter, in order, each with its name and "(opsional)" when it is.
      const items = within(card).queryAllByRole("listitem").map((li) => li.textContent ?? "");
      expect(items).toHaveLength(fn.parameters.length);
      fn.parameters.forEach((p, i) => {
        expect(items[i].startsWith(p.name)).toBe(true);
        expect(items[i].includes("(opsional)")).toBe(Boolean(p.optional));
        // "(opsional)" once: the description's own "Opsional:" is not repeated.
        if (p.description) expect(items[i]).toContain(p.description.replace(/^Opsional:\s*/i, ""));
        expect(items[i]).not.toMatch(/opsional\): Opsional/i);
      });
      if (fn.description) expect(card.textContent).toContain(fn.description);
    }
    expect(screen.getByText(`${golden.length} dari ${golden.length} fungsi`)).toBeTruthy();
  });

  it("filters by name or description", async () => {
    const two: FunctionMetadata[] = [
      { id: "PERSEN", name: "PERSEN", description: "Persentase", parameters: [] },
      { id: "CAPAIAN", name: "CAPAIAN", description: "Capaian kinerja", parameters: [] },
    ];
    inFluent(<FunctionsPanel loadFunctions={() => Promise.resolve(two)} />);
    await screen.findByTestId("fungsi-CAPAIAN");
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "capai" } });
    expect(screen.queryByTestId("fungsi-PERSEN")).toBeNull();
    expect(screen.getByText("1 dari 2 fungsi")).toBeTruthy();
    // "kinerja" is only in CAPAIAN's description.
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "kinerja" } });
    expect(screen.queryByTestId("fungsi-PERSEN")).toBeNull();
    expect(screen.getByTestId("fungsi-CAPAIAN")).toBeTruthy();
  });

  it("says in Indonesian when the metadata cannot be loaded", async () => {
    inFluent(<FunctionsPanel loadFunctions={() => Promise.reject(new Error("functions.json tidak ditemukan (HTTP 404)."))} />);
    expect(await screen.findByText(/Daftar fungsi tidak dapat dimuat: functions.json tidak ditemukan/)).toBeTruthy();
  });

  it("is part of the App, which reaches Office only through its services", async () => {
    // No Office.js in this test: anything the App touched outside its services would throw.
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    const state = new FakeWorkbookState();
    state.addSheet("Lembar1");
    const workbook = createWorkbookService(fakeHost(state));
    inFluent(<App services={{ loadFunctions: () => Promise.resolve(golden), workbook, katalog: defaultKatalog(), year: 2025 }} />);
    expect(screen.getByRole("heading", { name: "Asisten IKI" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    await screen.findByTestId("fungsi-PERSEN");
    // The example follows the selected cell and is shown before it is written.
    state.selection = { sheet: "Lembar1", area: { top: 4, left: 4, bottom: 4, right: 4 } }; // E5
    const card = screen.getByTestId("fungsi-CAPAIAN");
    expect(card.textContent).not.toMatch(/opsional\): Opsional/i);
    fireEvent.click(within(card).getByRole("button", { name: "Siapkan contoh di sel terpilih" }));
    const preview = await within(card).findByTestId("pratinjau-contoh");
    // Shown with ";" as Excel shows it to an Indonesian user; written in Excel's English syntax.
    expect(preview.textContent).toContain('Akan ditulis di Lembar1!E5: =IKI.CAPAIAN(D5;C5;"positif")');
    expect(preview.textContent).toContain("D5 = realisasi, C5 = target");
    expect(state.sheet("Lembar1")!.cell(4, 4)).toBeUndefined(); // nothing written yet
    fireEvent.click(within(card).getByRole("button", { name: "Tulis di E5" }));
    // The message stands in the card whose button was clicked, written as the user sees formulas.
    expect(await within(card).findByText(/^=IKI.CAPAIAN\(D5;C5;"positif"\) disisipkan di E5\./)).toBeTruthy();
    expect(state.sheet("Lembar1")!.cell(4, 4)!.formula).toBe('=IKI.CAPAIAN(D5,C5,"positif")');
    // Undoable like every write of the pane.
    fireEvent.click(await screen.findByRole("button", { name: "Urungkan" }));
    await waitFor(() => expect(state.sheet("Lembar1")!.cell(4, 4)?.formula).toBeUndefined());
  });

  it("says where to stand when the cells on the left are missing, and writes fixed examples as they are", async () => {
    const state = new FakeWorkbookState();
    state.addSheet("Lembar1");
    const workbook = createWorkbookService(fakeHost(state));
    inFluent(<App services={{ loadFunctions: () => Promise.resolve(golden), workbook, katalog: defaultKatalog(), year: 2025 }} />);
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    const card = await screen.findByTestId("fungsi-CAPAIAN");
    state.selection = { sheet: "Lembar1", area: { top: 0, left: 0, bottom: 0, right: 0 } }; // A1
    fireEvent.click(within(card).getByRole("button", { name: "Siapkan contoh di sel terpilih" }));
    expect(await within(card).findByText(/^Di kiri sel A1 tidak ada cukup kolom/)).toBeTruthy();
    const fixed = screen.getByTestId("fungsi-BATASWAKTU");
    fireEvent.click(within(fixed).getByRole("button", { name: "Siapkan contoh di sel terpilih" }));
    const preview = await within(fixed).findByTestId("pratinjau-contoh");
    expect(preview.textContent).toMatch(/=IKI.BATASWAKTU\("LPPDES";2025\).*nilai tetap/);
    fireEvent.click(within(fixed).getByRole("button", { name: "Batal" }));
    expect(within(fixed).queryByTestId("pratinjau-contoh")).toBeNull();
    expect(state.sheet("Lembar1")!.cells.size).toBe(0);
  });
});
