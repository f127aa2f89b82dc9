import { createRoot, Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import App, { AppServices } from "./components/App";
import { fetchFunctionsMetadata } from "./services";
import { loadBuiltInKatalog } from "../core/catalogue/activeKatalog";
import { officeHost } from "../excel/host";
import { createWorkbookService } from "../excel/workbookService";
import { OfficeColours, themeFor } from "./officeTheme";
import { StartupProblem } from "./StartupProblem";

/*
 * Entry of the task pane. In the shared runtime this page also hosts the custom functions (their
 * chunk is loaded and registered before this one runs) and may load with the pane hidden, so the
 * first render is cheap: the catalogue and the other panels load after it.
 */

const container = document.getElementById("container");
let root: Root | undefined;

function currentOfficeTheme(): OfficeColours | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    return undefined; // outside Office, or a host without themes
  }
}

/** Renders the pane in the Office theme of the moment; called again when the theme changes. */
function render(services: AppServices): void {
  if (!container) return;
  root ??= createRoot(container);
  root.render(
    <FluentProvider theme={themeFor(currentOfficeTheme())}>
      <App services={services} />
    </FluentProvider>
  );
}

/**
 * Office tells PowerPoint add-ins when the theme changes (OfficeThemeChanged); Excel does not
 * promise the event, so the pane also looks again whenever it gets focus.
 */
function followTheme(services: AppServices): void {
  let last = JSON.stringify(currentOfficeTheme() ?? {});
  const again = () => {
    const now = JSON.stringify(currentOfficeTheme() ?? {});
    if (now !== last) {
      last = now;
      render(services);
    }
  };
  window.addEventListener("focus", again);
  document.addEventListener("visibilitychange", again);
  try {
    Office.context?.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, again, () => undefined);
  } catch {
    // not offered by this host: focus and visibility are enough
  }
}

function problem(kind: "office-js" | "onready", detail?: string): void {
  if (!container) return;
  root ??= createRoot(container);
  root.render(<StartupProblem kind={kind} detail={detail} />);
}

/** How long Office.onReady may take before the pane says something is wrong. */
const ONREADY_PATIENCE_MS = 15_000;

function start(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    problem("office-js");
    return;
  }
  let ready = false;
  const late = setTimeout(() => ready || problem("onready"), ONREADY_PATIENCE_MS);
  // Outside Office (a plain browser) onReady still resolves, with host null: the pane renders,
  // and workbook actions report that Excel is not available.
  Office.onReady()
    .then(() => {
      ready = true;
      clearTimeout(late);
      const services: AppServices = {
        loadFunctions: () => fetchFunctionsMetadata(),
        workbook: createWorkbookService(officeHost()),
        katalog: loadBuiltInKatalog,
        year: new Date().getFullYear(),
      };
      render(services);
      followTheme(services);
    })
    .catch((e: unknown) => {
      ready = true;
      clearTimeout(late);
      problem("onready", e instanceof Error ? e.message : String(e));
    });
}

start();
