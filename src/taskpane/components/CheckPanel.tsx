import * as React from "react";
import {
  Button,
  Caption1,
  Label,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Katalog } from "../../core/catalogue/katalog";
import type { CascadeTree, Finding, SheetReport, TableSummary } from "../../core/validate";
import type { UnmarkResult } from "../../excel/markFindings";
import { WorkbookService } from "../../excel/workbookService";
import { Notice, NoticeValue } from "./Notice";
import { whenIdle } from "../whenIdle";
import { CHUNK_TIME_MS, runInSteps, startClock, yieldToUi } from "../steps";

// The validator (rules, formula parser, mathjs) and the results view are one chunk, loaded when
// the first check starts: the first screen of the pane needs neither.
const loadValidator = () => import(/* webpackChunkName: "periksa" */ "../../core/validate");
const loadFindingsView = () => import(/* webpackChunkName: "periksa" */ "./FindingsView");
const FindingsView = React.lazy(loadFindingsView);
const loadCascadeView = () => import(/* webpackChunkName: "periksa" */ "./CascadeView");
const CascadeView = React.lazy(loadCascadeView);
const loadProgress = () => import(/* webpackChunkName: "periksa-kemajuan" */ "./CheckProgress");
const CheckProgress = React.lazy(loadProgress);

export interface CheckPanelProps {
  /** The catalogue in force (it may still be loading when the pane opens). */
  katalog: () => Promise<Katalog>;
  workbook: WorkbookService;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Periksa, Tandai, Hapus tanda and their message stay in view over a long list of findings.
  actionBar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type Results = {
  findings: Finding[];
  tables: TableSummary[];
  cascade: CascadeTree[];
  /** Each sheet as checked (the IKU comparison of FindingsView reads them). */
  sheets?: SheetReport[];
  /** When the check was made, and what it read ("lembar \"IKI\"", "seluruh buku kerja (3 lembar)"). */
  at: Date;
  what: string;
};

/** "10.42": the time of day as Indonesian texts write it. */
function clockTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, "0")}.${String(d.getMinutes()).padStart(2, "0")}`;
}
type Progress = { value: number | undefined; text: string };

/** What "Hapus tanda" says it did. */
export function unmarkMessage(r: UnmarkResult): string {
  const parts = [`Tanda pada ${r.restored} sel dihapus; warna dan catatan semula dikembalikan.`];
  if (r.kept > 0)
    parts.push(`${r.kept} sel sudah Anda ubah setelah ditandai; perubahan Anda dibiarkan.`);
  if (r.gone > 0)
    parts.push(`${r.gone} sel berada di lembar yang sudah tidak ada (diganti nama atau dihapus).`);
  return parts.join(" ");
}

const CheckPanel: React.FC<CheckPanelProps> = ({ katalog, workbook }: CheckPanelProps) => {
  const styles = useStyles();
  const [scope, setScope] = React.useState<"lembar" | "buku">("lembar");
  const [progress, setProgress] = React.useState<Progress>();
  const [results, setResults] = React.useState<Results>();
  /** Message of Periksa, Tandai or Hapus tanda, shown under those buttons. */
  const [notice, setNotice] = React.useState<NoticeValue>();
  const [marked, setMarked] = React.useState(0);
  /** "Tandai" colours errors and warnings; info findings only when asked. */
  const [markInfo, setMarkInfo] = React.useState(false);
  // Marks made earlier (before a panel switch, a reload, in another session) are stored in the
  // workbook: "Hapus tanda" must still be available for them.
  // The progress bar is fetched once the pane is idle (not competing with the first screen and
  // the first panel a user opens), so the first check shows it at once.
  React.useEffect(() => whenIdle(() => void loadProgress().catch(() => undefined), 3000), []);
  React.useEffect(() => {
    let live = true;
    workbook.markedCount().then(
      (n) => live && setMarked(n),
      () => undefined // no count: the button stays as it is; "Tandai" will say what is wrong
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const busy = progress !== undefined;

  /** Reads and checks; results stay on screen (and focus where it is) until the new ones come. */
  const check = async (): Promise<Results | undefined> => {
    setNotice(undefined);
    setProgress({ value: 0, text: "Membaca buku kerja..." });
    await yieldToUi();
    try {
      const [validator, k, grids] = await Promise.all([
        loadValidator(),
        katalog(),
        workbook.readGrids(scope),
      ]);
      void loadFindingsView();
      void loadCascadeView();
      const cache = new validator.ValidationCache();
      const found: Results = {
        findings: [],
        tables: [],
        cascade: [],
        at: new Date(),
        what:
          scope === "lembar"
            ? `lembar "${grids[0]?.sheet ?? ""}"`
            : `seluruh buku kerja (${grids.length} lembar)`,
      };
      const sheets: SheetReport[] = [];
      const clock = startClock();
      for (let i = 0; i < grids.length; i++) {
        const text = `Memeriksa lembar "${grids[i].sheet}" (${i + 1} dari ${grids.length})...`;
        // Checked in steps of rows: every CHUNK_TIME_MS the bar moves and Excel gets a turn.
        const pause = async (share: number) => {
          setProgress({ value: (i + share) / grids.length, text });
          await yieldToUi();
          clock.last = performance.now();
        };
        if (i === 0 || performance.now() - clock.last > CHUNK_TIME_MS) await pause(0);
        const report = await runInSteps(
          validator.validateGridSteps(grids[i], k, cache),
          clock,
          pause
        );
        sheets.push(report);
        for (const f of report.findings) found.findings.push(f);
        for (const t of report.tables) found.tables.push(t);
      }
      // The workbook as a whole: the cascading between the positions' tables it holds.
      for (const f of validator.validateCascade(sheets, k)) found.findings.push(f);
      found.cascade = validator.cascadeTrees(sheets, found.findings, k);
      found.sheets = sheets;
      found.at = new Date();
      setResults(found);
      // Said to screen readers too: the end of a check is announced, not only drawn.
      setNotice({
        intent: "success",
        text: `Pemeriksaan ${found.what} selesai: ${found.tables.length} tabel, ${found.findings.length} temuan.`,
      });
      return found;
    } catch (e) {
      setNotice({ intent: "error", text: `Pemeriksaan gagal: ${(e as Error).message}` });
      return undefined;
    } finally {
      setProgress(undefined);
    }
  };

  const run = async (what: () => Promise<string>) => {
    try {
      setNotice({ intent: "success", text: await what() });
    } catch (e) {
      setNotice({ intent: "error", text: (e as Error).message });
    }
  };

  const findings = results?.findings ?? [];

  return (
    <section className={styles.panel} aria-label="Periksa">
      <div>
        <Label id="periksa-cakupan">Yang diperiksa</Label>
        <RadioGroup
          aria-labelledby="periksa-cakupan"
          layout="horizontal"
          value={scope}
          onChange={(_, d) => {
            setScope(d.value as typeof scope);
            setNotice(undefined);
          }}
        >
          <Radio value="lembar" label="Lembar aktif" />
          <Radio value="buku" label="Seluruh buku kerja" />
        </RadioGroup>
      </div>
      <div className={styles.actionBar} data-testid="aksi-periksa">
        <div className={styles.actions}>
          {/* disabledFocusable: a disabled button would drop keyboard focus to the page body. */}
          <Button appearance="primary" onClick={() => void check()} disabledFocusable={busy}>
            {results ? "Periksa lagi" : "Periksa"}
          </Button>
          <Button
            disabledFocusable={findings.length === 0 || busy}
            onClick={() =>
              run(async () => {
                const chosen = markInfo ? findings : findings.filter((f) => f.severity !== "info");
                const n = await workbook.mark(chosen);
                setMarked(await workbook.markedCount());
                return `${n} sel ditandai (${markInfo ? "semua temuan" : "kesalahan dan peringatan"}).`;
              })
            }
          >
            Tandai
          </Button>
          <Button
            disabledFocusable={marked === 0 || busy}
            onClick={() =>
              run(async () => {
                const r = await workbook.unmark();
                setMarked(0);
                return unmarkMessage(r);
              })
            }
          >
            Hapus tanda
          </Button>
        </div>
        {progress && (
          <React.Suspense fallback={<Caption1 role="status">{progress.text}</Caption1>}>
            <CheckProgress value={progress.value} text={progress.text} />
          </React.Suspense>
        )}
        <Notice notice={notice} />
      </div>
      {results && results.cascade.length > 0 && (
        <Button
          appearance="subtle"
          size="small"
          onClick={() => {
            // The tree stands below every finding: one step there, and focus with it.
            const tree = document.getElementById("cascading");
            tree?.scrollIntoView({ block: "start" });
            tree?.focus({ preventScroll: true });
          }}
        >
          {`Lihat cascading jabatan (${results.cascade.length} unit)`}
        </Button>
      )}
      {results && (
        <Caption1 data-testid="hasil-dibuat">
          {`Hasil pemeriksaan ${results.what}, pukul ${clockTime(results.at)}. Ubah lembarnya lalu tekan "Periksa lagi" untuk hasil terbaru.`}
        </Caption1>
      )}
      {results && (
        <React.Suspense fallback={<Caption1 role="status">Menyiapkan hasil...</Caption1>}>
          <FindingsView
            findings={results.findings}
            tables={results.tables}
            sheetReports={results.sheets}
            katalog={katalog}
            markInfo={markInfo}
            onMarkInfo={setMarkInfo}
            onSelect={async (f) => {
              await workbook.select(f.sheet, f.cell);
              return `Sel ${f.sheet}!${f.cell} dipilih.`;
            }}
            onFix={async (f) => {
              const label = `${f.fix!.label} (${f.sheet}!${f.fix!.cell})`;
              await workbook.write(f.sheet, f.fix!.cell, f.fix!.value, label);
              await check();
              return `${f.fix!.label}: ${f.sheet}!${f.fix!.cell} diisi. Lembar diperiksa lagi; tekan "Urungkan" (di bawah tab) untuk mengembalikan isi semula.`;
            }}
            onFixAll={async (list) => {
              const first = list[0];
              const { written, skipped } = await workbook.fillEmpty(
                list.map((f) => ({ sheet: f.sheet, cell: f.fix!.cell, value: f.fix!.value })),
                `${first.fix!.label}: ${list.length} sel`
              );
              await check();
              const rest =
                skipped > 0 ? ` ${skipped} sel sudah terisi sejak diperiksa dan dibiarkan.` : "";
              return `${written} sel diisi dari katalog.${rest} Lembar diperiksa lagi; "Urungkan" (di bawah tab) mengembalikan semuanya sekaligus.`;
            }}
          />
          {results.cascade.length > 0 && (
            <CascadeView
              trees={results.cascade}
              onSelect={async (sheet, cell) => {
                await workbook.select(sheet, cell);
                return `Sel ${sheet}!${cell} dipilih.`;
              }}
              onDraw={(tree) => workbook.drawPohon(tree)}
            />
          )}
        </React.Suspense>
      )}
    </section>
  );
};

export default CheckPanel;
