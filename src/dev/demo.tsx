/*
 * `npm run demo`: the real task pane beside a simulated workbook, so anyone can try the add-in
 * without Excel. The adapters run unchanged against the fake Excel; window.demoWorkbook lets
 * automated checks read the workbook.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeColours, themeFor } from "../taskpane/officeTheme";
import App from "../taskpane/components/App";
import { fetchFunctionsMetadata } from "../taskpane/services";
import { defaultKatalog } from "../core/catalogue/defaultKatalog";
import { columnName, parseRange } from "../core/grid";
import { createWorkbookService } from "../excel/workbookService";
import { ExcelHost } from "../excel/host";
import { fakeHost } from "./fakeExcel";
import { DemoGrid } from "./DemoGrid";
import type { DemoWorkbookApi } from "./demoApi";
import { buildSampleWorkbook } from "./sampleWorkbook";

const katalog = defaultKatalog();
const state = buildSampleWorkbook(katalog);
const fake = fakeHost(state);
const listeners = new Set<() => void>();
/** The fake host, telling the grid view to redraw after every batch. */
const host: ExcelHost = {
  run: async (batch) => {
    try {
      return await fake.run(batch);
    } finally {
      listeners.forEach((l) => l());
    }
  },
  isSetSupported: fake.isSetSupported,
  // Excel opens a new window; the demo hands the browser the file, as a download.
  createWorkbook: async (base64) => {
    await fake.createWorkbook(base64);
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(
      new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = `Buku baru ${state.createdWorkbooks.length}.xlsx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
/** The add-in's state in memory; reopen() replaces it, as closing and reopening the file does. */
let workbook = createWorkbookService(host);
const reopenListeners = new Set<() => void>();

declare global {
  interface Window {
    demoWorkbook: DemoWorkbookApi;
  }
}

window.demoWorkbook = {
  sheetNames: () => state.sheets.map((s) => s.name),
  createdWorkbooks: () => [...state.createdWorkbooks],
  getValues: (sheet, address) => {
    const s = state.sheet(sheet)!;
    const a = parseRange(address)!;
    const out: (string | number | boolean)[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(s.cell(r, c)?.formula ?? s.cell(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  },
  getFills: (sheet, address) => {
    const s = state.sheet(sheet)!;
    const a = parseRange(address)!;
    const out: (string | null)[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: (string | null)[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(s.cell(r, c)?.fill ?? null);
      out.push(row);
    }
    return out;
  },
  selection: () => {
    const sel = state.selection;
    return sel ? `${sel.sheet}!${columnName(sel.area.left)}${sel.area.top + 1}` : undefined;
  },
  activeSheet: () => state.sheets[state.active].name,
  addSheet: (name, values) => {
    state.addSheet(name).setValues(values);
    state.active = state.sheets.length - 1;
    state.selection = undefined;
    listeners.forEach((l) => l());
  },
  setValues: (sheet, address, values) => {
    const a = parseRange(address)!;
    state.sheet(sheet)!.setValues(values, a.top, a.left);
    listeners.forEach((l) => l());
  },
  select: (sheet, address) => {
    state.active = state.sheets.findIndex((s) => s.name === sheet);
    state.selection = { sheet, area: parseRange(address)! };
    listeners.forEach((l) => l());
  },
  reopen: () => {
    workbook = createWorkbookService(host);
    reopenListeners.forEach((l) => l());
  },
  snapshot: () =>
    JSON.stringify(
      state.sheets.map((s) => [
        s.name,
        [...s.cells.entries()]
          .filter(([, c]) => c.value !== "" || c.formula || c.fill || c.note)
          .sort(([a], [b]) => a.localeCompare(b)),
        s.shapes,
      ])
    ),
  shapes: (sheet) => structuredClone(state.sheet(sheet)?.shapes ?? []),
};

/**
 * Office themes the demo can imitate (?tema=...): the body colours Office.context.officeTheme
 * gives the pane. "abu-tua" stands for Dark Gray with a mid-grey body (the exact colours of a
 * given Office build were not available here; the theme's contrast is guaranteed for any grey,
 * see officeTheme.ts), "hitam" for Black.
 */
const DEMO_THEMES: Record<string, OfficeColours> = {
  "abu-tua": { bodyBackgroundColor: "#666666", bodyForegroundColor: "#FFFFFF" },
  hitam: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" },
};
const DEMO_THEME = DEMO_THEMES[new URLSearchParams(location.search).get("tema") ?? ""];

/** The pane's width in px (?lebar=320): Excel's task pane is 320-350 px wide by default. */
const PANE_WIDTH = Math.max(240, Number(new URLSearchParams(location.search).get("lebar")) || 380);

const Demo: React.FC = () => {
  const [version, setVersion] = React.useState(0);
  const [opened, setOpened] = React.useState(0);
  React.useEffect(() => {
    const l = () => setVersion((v) => v + 1);
    listeners.add(l);
    const r = () => setOpened((n) => n + 1);
    reopenListeners.add(r);
    return () => {
      listeners.delete(l);
      reopenListeners.delete(r);
    };
  }, []);
  return (
    <>
      <div
        id="panel-demo"
        style={{ width: PANE_WIDTH, flex: `0 0 ${PANE_WIDTH}px`, overflow: "auto", borderRight: "1px solid #ddd", boxSizing: "border-box" }}
      >
        <FluentProvider theme={DEMO_THEME ? themeFor(DEMO_THEME) : webLightTheme}>
          <App key={opened} services={{ loadFunctions: () => fetchFunctionsMetadata(), workbook, katalog, year: new Date().getFullYear() }} />
        </FluentProvider>
      </div>
      <DemoGrid
        state={state}
        version={version}
        onSelectSheet={(i) => {
          state.active = i;
          setVersion((v) => v + 1);
        }}
      />
    </>
  );
};

createRoot(document.getElementById("demo")!).render(<Demo />);
