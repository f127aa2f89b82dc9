import * as React from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { setActiveKatalog } from "../../core/catalogue/activeKatalog";
import { parseKatalog } from "../../core/catalogue/loadKatalog";
import FunctionsPanel from "./FunctionsPanel";
import TemplatePanel from "./TemplatePanel";
import CheckPanel from "./CheckPanel";
import CataloguePanel from "./CataloguePanel";
import { FunctionMetadata } from "../../core/functionMetadata";
import { Katalog } from "../../core/catalogue/katalog";
import { WorkbookService } from "../../excel/workbookService";

/** Everything the pane needs from the outside world; Office.js stays behind these services. */
export interface AppServices {
  loadFunctions: () => Promise<FunctionMetadata[]>;
  workbook: WorkbookService;
  katalog: Katalog;
  /** The year the Templat panel proposes. */
  year: number;
}

export interface AppProps {
  services: AppServices;
}

type PanelId = "templat" | "periksa" | "katalog" | "fungsi";

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
  const [panel, setPanel] = React.useState<PanelId>("periksa");
  const [katalog, setKatalog] = React.useState(services.katalog);
  const [notice, setNotice] = React.useState<string>();
  // The pane's catalogue is the runtime's: the cell functions answer from the same one.
  React.useEffect(() => setActiveKatalog(katalog), [katalog]);
  // A catalogue saved in this workbook replaces the built-in one.
  React.useEffect(() => {
    let active = true;
    services.workbook.savedCatalogue().then(
      (json) => {
        if (!active || !json) return;
        try {
          const saved = parseKatalog(json, "tersimpan di buku kerja");
          setKatalog(saved);
          setNotice(`Memakai katalog yang tersimpan di buku kerja ini: ${saved.data.judul} (versi ${saved.data.versi}).`);
        } catch (e) {
          setNotice(`${(e as Error).message}\nKatalog bawaan dipakai.`);
        }
      },
      () => undefined // outside Excel or without the API: the built-in catalogue
    );
    return () => {
      active = false;
    };
  }, [services.workbook]);
  const insertExample = (formula: string) => services.workbook.insertAtSelection([{ formula }]);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Asisten IKI</Subtitle1>
        <Caption1>Indikator Kinerja Individu dan Utama, Kabupaten Lumajang</Caption1>
      </header>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as PanelId)} size="small">
        <Tab value="templat">Templat</Tab>
        <Tab value="periksa">Periksa</Tab>
        <Tab value="katalog">Katalog</Tab>
        <Tab value="fungsi">Fungsi</Tab>
      </TabList>
      {panel === "templat" && <TemplatePanel katalog={katalog} workbook={services.workbook} year={services.year} />}
      {panel === "periksa" && <CheckPanel katalog={katalog} workbook={services.workbook} />}
      {panel === "katalog" && (
        <CataloguePanel
          katalog={katalog}
          builtIn={services.katalog}
          workbook={services.workbook}
          onKatalogChange={setKatalog}
        />
      )}
      {panel === "fungsi" && <FunctionsPanel loadFunctions={services.loadFunctions} insertExample={insertExample} />}
    </main>
  );
};

export default App;
