import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Checkbox,
  Link,
  Select,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  asSentence,
  ColumnGroup,
  Finding,
  groupByColumn,
  groupFindings,
  RULE_TITLE,
  SEVERITY_LABEL,
  SheetReport,
  TableSummary,
} from "../../core/validate";
import type { Katalog } from "../../core/catalogue/katalog";
import BandingView from "./BandingView";
import { printable } from "../../core/printable";
import { kesiapanLke, kesiapanUnit } from "../../core/validate/kesiapanLke";
import { Notice, NoticeValue } from "./Notice";

/*
 * The results of a check. Loaded with the validator (the same chunk), when the first check runs:
 * the pane's first screen needs neither.
 */

export interface FindingsViewProps {
  findings: Finding[];
  tables: TableSummary[];
  /** Selects the cell of a finding. */
  onSelect: (f: Finding) => Promise<string>;
  /** Writes a finding's quick fix and checks again. */
  onFix: (f: Finding) => Promise<string>;
  /** Writes the fixes of many findings (catalogue values into empty cells) as one step. */
  onFixAll?: (findings: Finding[]) => Promise<string>;
  /** The whole workbook's sheets as checked, for comparing its IKU sheets (issue #29). */
  sheetReports?: SheetReport[];
  katalog?: () => Promise<Katalog>;
  /** Whether "Tandai" colours info findings too (it colours errors and warnings). */
  markInfo?: boolean;
  onMarkInfo?: (on: boolean) => void;
}

const useStyles = makeStyles({
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  // Text from the workbook is isolated: right-to-left text in a cell stays inside its own line.
  message: { whiteSpace: "normal", overflowWrap: "anywhere", unicodeBidi: "isolate" },
  cell: { unicodeBidi: "isolate" },
  header: { overflowWrap: "anywhere" },
  // The badge is one word: it never breaks inside ("Peringata/n" at 320 px).
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  select: { minWidth: 0, maxWidth: "100%" },
  column: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const BADGE: Record<Finding["severity"], "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Findings shown per list before "Tampilkan lagi": a 50,000-row workbook can have thousands. */
const PAGE = 50;
/** A column with more findings of one rule than this is shown as one entry with its count. */
const COLLAPSE_ABOVE = 3;

/**
 * "IKI!D5: rumus kosong." as the cell (a link) and the message as a sentence; control characters
 * and bidi overrides of a sheet name or a cell's text shown as escapes (printable.ts).
 */
function split(f: Finding): { cell: string; text: string } {
  const prefix = `${f.cell}: `;
  return {
    cell: printable(`${f.sheet}!${f.cell}`),
    text: printable(
      asSentence(f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message)
    ),
  };
}

type Severity = Finding["severity"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];

const FindingsView: React.FC<FindingsViewProps> = ({
  findings,
  tables,
  onSelect,
  onFix,
  onFixAll,
  markInfo,
  onMarkInfo,
  sheetReports,
  katalog,
}: FindingsViewProps) => {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<string, number>>({});
  /** Columns opened to their cells. */
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(new Set());
  /** After "Tampilkan lagi", focus goes to the first finding it showed (not to the page body). */
  const [focusId, setFocusId] = React.useState<string>();
  React.useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);
  const [severities, setSeverities] = React.useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [sheet, setSheet] = React.useState("");
  const [rule, setRule] = React.useState("");
  /** The readiness summary for the SAKIP evaluation, shown on request. */
  const [lkeOpen, setLkeOpen] = React.useState(false);
  /** The message of the last action on a finding, shown above the list, with focus on it. */
  const [notice, setNotice] = React.useState<NoticeValue>();
  React.useEffect(() => setNotice((n) => (n?.intent === "success" ? n : undefined)), [findings]);
  const act = async (what: () => Promise<string>) => {
    try {
      setNotice({ intent: "success", text: await what() });
    } catch (e) {
      setNotice({ intent: "error", text: (e as Error).message });
    }
  };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const sheets = React.useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  const rules = React.useMemo(() => [...new Set(findings.map((f) => f.rule))].sort(), [findings]);
  const visible = React.useMemo(
    () =>
      findings.filter(
        (f) =>
          severities.has(f.severity) && (!sheet || f.sheet === sheet) && (!rule || f.rule === rule)
      ),
    [findings, severities, sheet, rule]
  );
  const groups = React.useMemo(() => groupFindings(visible), [visible]);

  /** A filter over one property of the findings: "all" first, then each value with its label. */
  const filter = (
    label: string,
    all: string,
    value: string,
    set: (v: string) => void,
    options: Array<[string, string]>
  ) => (
    <Select
      size="small"
      className={styles.select}
      aria-label={label}
      value={value}
      onChange={(_, d) => set(d.value)}
    >
      <option value="">{all}</option>
      {options.map(([v, shown]) => (
        <option key={v} value={v}>
          {shown}
        </option>
      ))}
    </Select>
  );

  const item = (f: Finding, id: string) => {
    const { cell, text } = split(f);
    return (
      <div key={id} className={styles.finding} data-testid="temuan">
        <Link
          as="button"
          id={id}
          className={styles.cell}
          onClick={() => act(() => onSelect(f))}
          aria-label={`Pilih sel ${cell}`}
        >
          {cell}
        </Link>
        <Text className={styles.message}>{text}</Text>
        {f.suggestion && (
          <Caption1 className={styles.message}>Saran: {printable(f.suggestion)}</Caption1>
        )}
        {f.fix && (
          <Button size="small" onClick={() => act(() => onFix(f))}>
            {f.fix.label}
          </Button>
        )}
      </div>
    );
  };

  /** A list of findings, PAGE at a time, with "Tampilkan lagi". */
  const page = (key: string, items: Finding[]) => {
    const limit = shown[key] ?? PAGE;
    return (
      <>
        {items.slice(0, limit).map((f, i) => item(f, `temuan-${key}-${i}`))}
        {items.length > limit && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              setShown((s) => ({ ...s, [key]: limit + PAGE * 4 }));
              setFocusId(`temuan-${key}-${limit}`);
            }}
          >
            Tampilkan lagi ({items.length - limit} tersisa)
          </Button>
        )}
      </>
    );
  };

  /** A column's findings of one rule: as they are when few, else one entry with its count. */
  const column = (groupKey: string, c: ColumnGroup) => {
    const key = `${groupKey}|${c.sheet}|${c.column}`;
    if (c.items.length <= COLLAPSE_ABOVE) return page(key, c.items);
    const open = opened.has(key);
    const where = printable(`Lembar "${c.sheet}"${c.column ? `, kolom ${c.column}` : ""}`);
    return (
      <React.Fragment key={key}>
        <div className={styles.column} data-testid="kelompok-kolom">
          <Text weight="semibold" className={styles.message}>
            {`${where}: ${c.items.length} baris`}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={open}
            aria-label={`${open ? "Sembunyikan" : "Tampilkan"} ${c.items.length} sel, ${where}`}
            onClick={() =>
              setOpened((o) => {
                const n = new Set(o);
                if (open) n.delete(key);
                else n.add(key);
                return n;
              })
            }
          >
            {open ? "Sembunyikan" : "Tampilkan"} {c.items.length} sel
          </Button>
        </div>
        {open && page(key, c.items)}
      </React.Fragment>
    );
  };

  if (tables.length === 0 && findings.length === 0) {
    return (
      <Text weight="semibold" data-testid="ringkasan">
        Tidak ada tabel IKI/IKU yang diperiksa: tidak ditemukan baris judul (No | Sasaran |
        Indikator | Rumus ...). Pilih lembar yang berisi tabel lalu tekan &quot;Periksa lagi&quot;.
      </Text>
    );
  }
  return (
    <>
      <Text weight="semibold" data-testid="ringkasan">
        {tables.length} tabel · {counts.error} kesalahan · {counts.warning} peringatan ·{" "}
        {counts.info} info
      </Text>
      {tables.length === 0 && (
        <Caption1>
          Tidak ditemukan tabel IKI/IKU (baris judul No | Sasaran | Indikator | Rumus ...).
        </Caption1>
      )}
      {tables.some((t) => t.dugaan?.length) && (
        <div data-testid="dugaan">
          <Caption1>Peran kolom yang diduga dari isinya (judulnya tidak menyebut):</Caption1>
          {tables.flatMap((t) =>
            (t.dugaan ?? []).map((d) => (
              <Caption1 key={`${t.sheet}!${t.header}-${d}`} className={styles.message} block>
                {printable(`${t.sheet}!${t.header}: ${d}`)}
              </Caption1>
            ))
          )}
        </div>
      )}
      {sheetReports && katalog && sheetReports.length > 1 && (
        <BandingView sheets={sheetReports} katalog={katalog} onSelect={onSelect} />
      )}
      {tables.length > 0 && (
        <div data-testid="kesiapan-lke">
          <Button
            size="small"
            appearance="subtle"
            aria-expanded={lkeOpen}
            onClick={() => setLkeOpen((o) => !o)}
          >
            {lkeOpen ? "Sembunyikan kesiapan evaluasi AKIP" : "Kesiapan evaluasi AKIP"}
          </Button>
          {lkeOpen && (
            <>
              <Caption1 block>
                Jumlah temuan per kriteria evaluasi AKIP (LKE, nomor butir dalam kurung) per unit
                dan per tabel; bukan skor. &quot;Tanpa temuan&quot; berarti aturan tidak menemukan
                apa pun.
              </Caption1>
              {kesiapanUnit(kesiapanLke({ tables, findings })).map((u) => (
                <Caption1 key={`unit-${u.unit}`} block className={styles.message}>
                  <strong>{printable(`${u.unit} (${u.tabel} tabel): `)}</strong>
                  {u.butir
                    .map(
                      (b) =>
                        `${b.kriteria} (${b.lke.join(", ")}): ${b.temuan === 0 ? "tanpa temuan" : `${b.temuan} temuan`}`
                    )
                    .join("; ")}
                </Caption1>
              ))}
              {kesiapanLke({ tables, findings }).map((k) => (
                <Caption1 key={`${k.sheet}!${k.header}`} block className={styles.message}>
                  {printable(`${k.sheet}!${k.header}: `)}
                  {k.butir
                    .map(
                      (b) =>
                        `${b.kriteria}: ${b.temuan === 0 ? "tanpa temuan" : `${b.temuan} temuan`}`
                    )
                    .join("; ")}
                </Caption1>
              ))}
            </>
          )}
        </div>
      )}
      {findings.length > 0 && (
        <div className={styles.filters} role="group" aria-label="Saring temuan">
          {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
            <ToggleButton
              key={s}
              size="small"
              checked={severities.has(s)}
              onClick={() =>
                setSeverities((o) => {
                  const n = new Set(o);
                  if (n.has(s)) n.delete(s);
                  else n.add(s);
                  return n;
                })
              }
            >
              {`${SEVERITY_LABEL[s]} (${counts[s]})`}
            </ToggleButton>
          ))}
          {sheets.length > 1 &&
            filter(
              "Lembar",
              "Semua lembar",
              sheet,
              setSheet,
              sheets.map((x) => [x, printable(x)])
            )}
          {rules.length > 1 &&
            filter(
              "Jenis temuan",
              "Semua jenis temuan",
              rule,
              setRule,
              rules.map((r) => [r, RULE_TITLE[r]])
            )}
        </div>
      )}
      {onMarkInfo && counts.info > 0 && (
        <Checkbox
          checked={!!markInfo}
          onChange={(_, d) => onMarkInfo(d.checked === true)}
          label={`"Tandai" juga mewarnai ${counts.info} temuan info`}
        />
      )}
      <Notice notice={notice} focus />
      {findings.length > 0 && visible.length === 0 && (
        <Caption1>Tidak ada temuan yang cocok dengan saringan.</Caption1>
      )}
      <Accordion
        multiple
        collapsible
        defaultOpenItems={groupFindings(findings)
          .filter((g) => g.severity !== "info")
          .map((g) => `${g.severity}-${g.rule}`)}
      >
        {groups.map((g) => {
          const key = `${g.severity}-${g.rule}`;
          const bulk = g.items.filter((f) => f.fix?.isiKosong);
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader className={styles.header}>
                <Badge
                  appearance="filled"
                  color={BADGE[g.severity]}
                  size="small"
                  className={styles.badge}
                >
                  {SEVERITY_LABEL[g.severity]}
                </Badge>
                &nbsp;{RULE_TITLE[g.rule]} ({g.items.length})
              </AccordionHeader>
              <AccordionPanel>
                {onFixAll && bulk.length > 1 && (
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => act(() => onFixAll(bulk))}
                  >
                    {`Perbaiki semua dari katalog (${bulk.length} sel kosong)`}
                  </Button>
                )}
                {groupByColumn(g.items).map((c) => (
                  <React.Fragment key={`${c.sheet}|${c.column}`}>{column(key, c)}</React.Fragment>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
};

export default FindingsView;
