import * as React from "react";
import { Caption1, Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { setActiveKatalog } from "../../core/catalogue/activeKatalog";
import CheckPanel from "./CheckPanel";
import { Notice, NoticeValue } from "./Notice";
import { whenIdle } from "../whenIdle";
import { FunctionMetadata } from "../../core/functionMetadata";
import type { Katalog } from "../../core/catalogue/katalog";
import { WorkbookService } from "../../excel/workbookService";

// The first tab is in the first chunk; the others load when opened (or when the browser is idle
// after the first render), so the pane's first screen waits for none of their code.
const loadTemplatePanel = () => import(/* webpackChunkName: "panel-templat" */ "./TemplatePanel");
const loadCataloguePanel = () => import(/* webpackChunkName: "panel-katalog" */ "./CataloguePanel");
const loadFunctionsPanel = () => import(/* webpackChunkName: "panel-fungsi" */ "./FunctionsPanel");
const PANEL_CODE: Partial<Record<string, () => Promise<unknown>>> = {
  templat: loadTemplatePanel,
  katalog: loadCataloguePanel,
  fungsi: loadFunctionsPanel,
};
const TemplatePanel = React.lazy(loadTemplatePanel);
// Shown only once there is something to undo: not part of the first screen's code.
const UndoBar = React.lazy(() => import(/* webpackChunkName: "urungkan" */ "./UndoBar"));
const CataloguePanel = React.lazy(loadCataloguePanel);
const FunctionsPanel = React.lazy(loadFunctionsPanel);

/** Everything the pane needs from the outside world; Office.js stays behind these services. */
export interface AppServices {
  loadFunctions: () => Promise<FunctionMetadata[]>;
  workbook: WorkbookService;
  /** The built-in catalogue, or how to load it (the add-in loads it after the first render). */
  katalog: Katalog | (() => Promise<Katalog>);
  /** The year the Templat panel proposes. */
  year: number;
}

export interface AppProps {
  services: AppServices;
}

type PanelId = "periksa" | "templat" | "katalog" | "fungsi";
const PANELS: Array<[PanelId, string]> = [
  ["periksa", "Periksa"],
  ["templat", "Templat"],
  ["katalog", "Katalog"],
  ["fungsi", "Fungsi"],
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

interface Loaded {
  base: Katalog;
  inForce: Katalog;
  saved?: Katalog;
  invalid?: string;
}

/** The built-in catalogue and the one saved in the workbook (parsed and checked), if any. */
async function loadKatalogs(services: AppServices): Promise<Loaded> {
  const load = services.katalog;
  const [base, json] = await Promise.all([
    typeof load === "function" ? load() : load,
    services.workbook.savedCatalogue().then(
      (text) => text,
      () => undefined // outside Excel or without the API: the built-in catalogue
    ),
  ]);
  if (!json) return { base, inForce: base };
  const { parseKatalog } = await import(
    /* webpackChunkName: "katalog-impor" */ "../../core/catalogue/loadKatalog"
  );
  try {
    const own = parseKatalog(json, "tersimpan di buku kerja");
    return { base, inForce: own, saved: own };
  } catch (e) {
    return { base, inForce: base, invalid: (e as Error).message };
  }
}

/** While a panel or the catalogue loads (a moment, usually not seen). */
const Loading: React.FC<{ label: string }> = ({ label }) => (
  <Caption1 role="status">{label}</Caption1>
);

const App: React.FC<AppProps> = ({ services }: AppProps) => {
  const styles = useStyles();
  // The tab moves at once; the panel follows in a transition, so a panel still loading keeps the
  // old one on screen instead of a fallback (React holds a fallback's reveal back by up to 300 ms).
  const [tab, setTab] = React.useState<PanelId>("periksa");
  const [panel, setPanel] = React.useState<PanelId>("periksa");
  // Every panel opened once stays mounted (hidden when another is shown): its results, search
  // text, form values and expanded groups live as long as the pane, and its scroll position is
  // given back when it is shown again.
  const [opened, setOpened] = React.useState<ReadonlySet<PanelId>>(() => new Set(["periksa"]));
  const scrolls = React.useRef(new Map<PanelId, number>());
  const choose = (id: PanelId) => {
    setTab(id);
    scrolls.current.set(panel, window.scrollY);
    void PANEL_CODE[id]?.().catch(() => undefined); // start now, even while the catalogue loads
    React.startTransition(() => {
      setPanel(id);
      setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
    });
  };
  React.useLayoutEffect(() => {
    window.scrollTo?.(0, scrolls.current.get(panel) ?? 0);
  }, [panel]);
  const given = typeof services.katalog === "function" ? undefined : services.katalog;
  const [builtIn, setBuiltIn] = React.useState<Katalog | undefined>(given);
  const [katalog, setKatalog] = React.useState<Katalog | undefined>(given);
  const [notice, setNotice] = React.useState<NoticeValue>();

  // The built-in catalogue (when not given), loaded after the first render; the saved one of the
  // workbook, when it has one, replaces it. `ready` settles with the catalogue in force.
  const ready = React.useRef<Promise<Loaded>>(undefined);
  React.useEffect(() => {
    let live = true;
    const loading = loadKatalogs(services);
    ready.current = loading;
    loading.then(
      (r) => {
        if (!live) return;
        // The cell functions answer from it at once, not after the pane has re-rendered.
        setActiveKatalog(r.inForce);
        // A transition: a panel waiting for the catalogue keeps its "Memuat katalog..." line until
        // its own code is loaded too, instead of a second fallback.
        React.startTransition(() => {
          setBuiltIn(r.base);
          setKatalog(r.inForce);
        });
        if (r.saved)
          setNotice({
            intent: "info",
            text: `Memakai katalog yang tersimpan di buku kerja ini: ${r.saved.data.judul} (versi ${r.saved.data.versi}).`,
          });
        if (r.invalid)
          setNotice({ intent: "warning", text: `${r.invalid}\nKatalog bawaan dipakai.` });
      },
      (e) =>
        live &&
        setNotice({
          intent: "error",
          text: `Katalog bawaan gagal dimuat (${(e as Error).message}). Tutup lalu buka lagi panel Asisten IKI.`,
        })
    );
    // Templat's code at once (beside the catalogue: the panel needs both), the other panels
    // one after the other when the browser is idle: loading all at once would make the first
    // one a user opens wait for the parsing of the others.
    loadTemplatePanel()
      .then(() => new Promise<void>((done) => whenIdle(done)))
      .then(() => loadCataloguePanel())
      .then(() => loadFunctionsPanel())
      .catch(() => undefined); // a failed prefetch is retried when the panel is opened
    return () => {
      live = false;
    };
    // Not `services` itself: a host may pass a new object on every render (the demo does).
  }, [services.workbook, services.katalog]);
  // The pane's catalogue is the runtime's: the cell functions answer from the same one.
  React.useEffect(() => {
    if (katalog) setActiveKatalog(katalog);
  }, [katalog]);
  const katalogRef = React.useRef(katalog);
  katalogRef.current = katalog;
  const currentKatalog = React.useCallback(
    async () => katalogRef.current ?? (await (ready.current ?? loadKatalogs(services))).inForce,
    [services.workbook, services.katalog]
  );

  // Every write the panels make goes through here, so "Urungkan" knows of it at once.
  const [lastUndo, setLastUndo] = React.useState<{ label: string; at: string }>();
  // Once shown, the bar stays (its message says what the last Urungkan did).
  const [undoShown, setUndoShown] = React.useState(false);
  if (lastUndo && !undoShown) setUndoShown(true);
  const base = services.workbook;
  const refreshUndo = React.useCallback(
    () =>
      base.lastUndo().then(
        (l) => setLastUndo(l),
        () => undefined // outside Excel or unreadable: no button, nothing else changes
      ),
    [base]
  );
  // Steps stored in the workbook by an earlier session: looked up once the pane is idle.
  React.useEffect(() => whenIdle(() => void refreshUndo(), 3000), [refreshUndo]);
  const workbook = React.useMemo<WorkbookService>(() => {
    const after =
      <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
      async (...a: A): Promise<R> => {
        try {
          return await f(...a);
        } finally {
          void refreshUndo();
        }
      };
    return {
      ...base,
      write: after(base.write),
      fillEmpty: after(base.fillEmpty),
      insertAtSelection: after(base.insertAtSelection),
      insertAt: after(base.insertAt),
      undo: after(base.undo),
    };
  }, [base, refreshUndo]);
  const undo = async () => {
    const [r, { undoMessage }] = await Promise.all([
      workbook.undo(),
      import(/* webpackChunkName: "urungkan" */ "../../excel/undoMessage"),
    ]);
    return r ? undoMessage(r) : "Tidak ada perubahan yang dapat diurungkan.";
  };
  const insertExample = (formula: string, at: { sheet: string; cell: string }) =>
    workbook.insertAt(at.sheet, at.cell, [{ formula }], `Contoh rumus di ${at.sheet}!${at.cell}`);
  const loadingKatalog = <Loading label="Memuat katalog..." />;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Asisten IKI</Subtitle1>
        <Caption1>Indikator Kinerja Individu dan Utama, Kabupaten Lumajang</Caption1>
      </header>
      <Notice notice={notice} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => choose(d.value as PanelId)} size="small">
        {PANELS.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      {undoShown && (
        <React.Suspense fallback={null}>
          <UndoBar last={lastUndo} onUndo={undo} />
        </React.Suspense>
      )}
      {PANELS.filter(([id]) => opened.has(id)).map(([id]) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={id !== panel}
        >
          <React.Suspense fallback={<Loading label="Memuat panel..." />}>
            {id === "periksa" && <CheckPanel katalog={currentKatalog} workbook={workbook} />}
            {id === "templat" &&
              (katalog ? (
                <TemplatePanel katalog={katalog} workbook={workbook} year={services.year} />
              ) : (
                loadingKatalog
              ))}
            {id === "katalog" &&
              (katalog && builtIn ? (
                <CataloguePanel
                  katalog={katalog}
                  builtIn={builtIn}
                  workbook={workbook}
                  onKatalogChange={(k) => {
                    setNotice(undefined);
                    setKatalog(k);
                  }}
                />
              ) : (
                loadingKatalog
              ))}
            {id === "fungsi" && (
              <FunctionsPanel
                loadFunctions={services.loadFunctions}
                selectedCell={workbook.selectedCell}
                insertExample={insertExample}
              />
            )}
          </React.Suspense>
        </div>
      ))}
    </main>
  );
};

export default App;
