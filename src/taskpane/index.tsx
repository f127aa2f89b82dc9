import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { AppServices } from "./components/App";
import { fetchFunctionsMetadata } from "./services";
import { defaultKatalog } from "../core/catalogue/defaultKatalog";
import { officeHost } from "../excel/host";
import { createWorkbookService } from "../excel/workbookService";

/*
 * Entry of the task pane. In the shared runtime this page also hosts the custom functions and
 * ribbon commands and may load with the pane hidden, so rendering stays cheap.
 */
function render(services: AppServices): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>
  );
}

// Outside Office (a plain browser) onReady still resolves, with host null: the pane renders,
// and workbook actions report that Excel is not available.
Office.onReady(() =>
  render({
    loadFunctions: () => fetchFunctionsMetadata(),
    workbook: createWorkbookService(officeHost()),
    katalog: defaultKatalog(),
    year: new Date().getFullYear(),
  })
);
