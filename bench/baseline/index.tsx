/*
 * Baseline of `npm run bench:pane`: what Microsoft's React task-pane template
 * (Office-Addin-TaskPane-React) loads before its first render, office.js, React and a
 * FluentProvider with one Button, built with the add-in's own webpack, TypeScript and
 * versions. Not part of the add-in.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const Baseline: React.FC = () => {
  const [clicks, setClicks] = React.useState(0);
  return (
    <main>
      <h1>Baseline</h1>
      <Button appearance="primary" onClick={() => setClicks(clicks + 1)}>
        Jalankan
      </Button>
      {clicks > 0 && <p data-testid="clicked">{clicks}</p>}
    </main>
  );
};

Office.onReady(() => {
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={webLightTheme}>
      <Baseline />
    </FluentProvider>
  );
});
