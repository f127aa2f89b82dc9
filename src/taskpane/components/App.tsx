import * as React from "react";
import { Subtitle1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import FunctionsPanel from "./FunctionsPanel";
import { FunctionMetadata } from "../../core/functionMetadata";

/** Everything the pane needs from the outside world; Office.js stays behind these adapters. */
export interface AppServices {
  loadFunctions: () => Promise<FunctionMetadata[]>;
}

export interface AppProps {
  services: AppServices;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const App: React.FC<AppProps> = ({ services }: AppProps) => {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Asisten IKI</Subtitle1>
        <Caption1>Indikator Kinerja Individu dan Utama, Kabupaten Lumajang</Caption1>
      </header>
      <FunctionsPanel loadFunctions={services.loadFunctions} />
    </main>
  );
};

export default App;
