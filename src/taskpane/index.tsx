import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { fetchFunctionsMetadata } from "./services";

/*
 * Entry of the task pane. In the shared runtime this page also hosts the custom functions and
 * ribbon commands and may load with the pane hidden, so rendering stays cheap.
 */
const services = { loadFunctions: () => fetchFunctionsMetadata() };

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>
  );
}

// Outside Office (a plain browser) onReady still resolves, with host null: the pane renders anyway.
Office.onReady(() => render());
