import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Katalog } from "../../core/catalogue/katalog";
import { Finding, groupFindings, RULE_TITLE, SEVERITY_LABEL, TableSummary, ValidationCache, validateGrid } from "../../core/validate";
import type { UnmarkResult } from "../../excel/markFindings";
import { WorkbookService } from "../../excel/workbookService";

export interface CheckPanelProps {
  katalog: Katalog;
  workbook: WorkbookService;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  link: { textAlign: "left", justifyContent: "flex-start", minWidth: 0, height: "auto", padding: 0, whiteSpace: "normal" },
});

const BADGE: Record<Finding["severity"], "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Findings shown per group before "Tampilkan lagi": a 50,000-row workbook can have thousands. */
const PAGE = 50;

type State =
  | { kind: "idle" }
  | { kind: "busy"; progress: number; text: string }
  | { kind: "done"; findings: Finding[]; tables: TableSummary[] }
  | { kind: "error"; text: string };

/** What "Hapus tanda" says it did. */
export function unmarkMessage(r: UnmarkResult): string {
  const parts = [`Tanda pada ${r.restored} sel dihapus; warna dan catatan semula dikembalikan.`];
  if (r.kept > 0)
    parts.push(`${r.kept} sel sudah Anda ubah setelah ditandai; perubahan Anda dibiarkan.`);
  if (r.gone > 0)
    parts.push(`${r.gone} sel berada di lembar yang sudah tidak ada (diganti nama atau dihapus).`);
  return parts.join(" ");
}

/** Gives the UI (and Excel) a turn between sheets of a large workbook. */
const yieldToUi = () => new Promise((resolve) => setTimeout(resolve, 0));

const CheckPanel: React.FC<CheckPanelProps> = ({ katalog, workbook }: CheckPanelProps) => {
  const styles = useStyles();
  const [scope, setScope] = React.useState<"lembar" | "buku">("lembar");
  const [state, setState] = React.useState<State>({ kind: "idle" });
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string }>();
  const [marked, setMarked] = React.useState(0);
  // Marks made earlier (before a panel switch, a reload, in another session) are stored in the
  // workbook: "Hapus tanda" must still be available for them.
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
  const [shown, setShown] = React.useState<Record<string, number>>({});

  const check = async () => {
    setMessage(undefined);
    setState({ kind: "busy", progress: 0, text: "Membaca buku kerja..." });
    try {
      const grids = await workbook.readGrids(scope);
      const cache = new ValidationCache();
      const findings: Finding[] = [];
      const tables: TableSummary[] = [];
      for (let i = 0; i < grids.length; i++) {
        setState({ kind: "busy", progress: i / grids.length, text: `Memeriksa lembar "${grids[i].sheet}" (${i + 1} dari ${grids.length})...` });
        await yieldToUi();
        const report = validateGrid(grids[i], katalog, cache);
        for (const f of report.findings) findings.push(f);
        for (const t of report.tables) tables.push(t);
      }
      setShown({});
      setState({ kind: "done", findings, tables });
    } catch (e) {
      setState({ kind: "error", text: `Pemeriksaan gagal: ${(e as Error).message}` });
    }
  };

  const run = async (what: () => Promise<string>) => {
    try {
      setMessage({ intent: "success", text: await what() });
    } catch (e) {
      setMessage({ intent: "error", text: (e as Error).message });
    }
  };

  const findings = state.kind === "done" ? state.findings : [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  return (
    <section className={styles.panel} aria-label="Periksa">
      <Field label="Yang diperiksa">
        <RadioGroup layout="horizontal" value={scope} onChange={(_, d) => setScope(d.value as typeof scope)}>
          <Radio value="lembar" label="Lembar aktif" />
          <Radio value="buku" label="Seluruh buku kerja" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={check} disabled={state.kind === "busy"}>
          Periksa
        </Button>
        <Button
          disabled={findings.length === 0}
          onClick={() =>
            run(async () => {
              const n = await workbook.mark(findings);
              setMarked(await workbook.markedCount());
              return `${n} sel ditandai.`;
            })
          }
        >
          Tandai
        </Button>
        <Button
          disabled={marked === 0}
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
      {state.kind === "busy" && (
        <Field validationMessage={state.text} validationState="none">
          <ProgressBar value={state.progress} />
        </Field>
      )}
      {state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <Text weight="semibold" aria-live="polite" data-testid="ringkasan">
            {state.tables.length} tabel · {counts.error} galat · {counts.warning} peringatan · {counts.info} info
          </Text>
          {state.tables.length === 0 && <Caption1>Tidak ditemukan tabel IKI/IKU (baris judul No | Sasaran | Indikator | Rumus ...).</Caption1>}
          <Accordion multiple collapsible defaultOpenItems={groupFindings(findings).filter((g) => g.severity !== "info").map((g) => `${g.severity}-${g.rule}`)}>
            {groupFindings(findings).map((g) => (
              <AccordionItem key={`${g.severity}-${g.rule}`} value={`${g.severity}-${g.rule}`}>
                <AccordionHeader>
                  <Badge appearance="filled" color={BADGE[g.severity]} size="small">
                    {SEVERITY_LABEL[g.severity]}
                  </Badge>
                  &nbsp;{RULE_TITLE[g.rule]} ({g.items.length})
                </AccordionHeader>
                <AccordionPanel>
                  {g.items.slice(0, shown[`${g.severity}-${g.rule}`] ?? PAGE).map((f, i) => (
                    <div key={`${f.sheet}!${f.cell}-${i}`} className={styles.finding} data-testid="temuan">
                      <Button appearance="transparent" className={styles.link} onClick={() => run(async () => {
                        await workbook.select(f.sheet, f.cell);
                        return `Sel ${f.sheet}!${f.cell} dipilih.`;
                      })}>
                        {f.message}
                      </Button>
                      {f.suggestion && <Caption1>Saran: {f.suggestion}</Caption1>}
                      {f.fix && (
                        <Button
                          size="small"
                          onClick={() =>
                            run(async () => {
                              await workbook.write(f.sheet, f.fix!.cell, f.fix!.value);
                              await check();
                              return `${f.fix!.label}: ${f.sheet}!${f.fix!.cell} diisi.`;
                            })
                          }
                        >
                          {f.fix.label}
                        </Button>
                      )}
                    </div>
                  ))}
                  {g.items.length > (shown[`${g.severity}-${g.rule}`] ?? PAGE) && (
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => setShown((s) => ({ ...s, [`${g.severity}-${g.rule}`]: (s[`${g.severity}-${g.rule}`] ?? PAGE) + PAGE * 4 }))}
                    >
                      Tampilkan lagi ({g.items.length - (shown[`${g.severity}-${g.rule}`] ?? PAGE)} tersisa)
                    </Button>
                  )}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
};

export default CheckPanel;
