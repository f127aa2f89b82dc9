import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import path from "node:path";
import FunctionsPanel from "../../src/taskpane/components/FunctionsPanel";
import App from "../../src/taskpane/components/App";
import { FunctionMetadata, readFunctionsMetadata } from "../../src/core/functionMetadata";

const golden = readFunctionsMetadata(
  JSON.parse(readFileSync(path.resolve(__dirname, "../golden/functions.json"), "utf8"))
);

function inFluent(node: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

describe("Fungsi panel", () => {
  it("lists every function of the generated metadata with its parameters", async () => {
    inFluent(<FunctionsPanel loadFunctions={() => Promise.resolve(golden)} />);
    for (const fn of golden) {
      const card = await screen.findByTestId(`fungsi-${fn.id}`);
      expect(card.textContent).toContain(`=IKI.${fn.name}(`);
      for (const p of fn.parameters) expect(card.textContent).toContain(p.name);
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
  });

  it("says in Indonesian when the metadata cannot be loaded", async () => {
    inFluent(<FunctionsPanel loadFunctions={() => Promise.reject(new Error("functions.json tidak ditemukan (HTTP 404)."))} />);
    expect(await screen.findByText(/Daftar fungsi tidak dapat dimuat: functions.json tidak ditemukan/)).toBeTruthy();
  });

  it("is part of the App, which reaches Office only through its services", async () => {
    inFluent(<App services={{ loadFunctions: () => Promise.resolve(golden) }} />);
    expect(screen.getByRole("heading", { name: "Asisten IKI" })).toBeTruthy();
    await screen.findByTestId("fungsi-PERSEN");
  });
});
