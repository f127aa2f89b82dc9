import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  Finding,
  groupFindings,
  RULE_TITLE,
  SEVERITY_LABEL,
  TableSummary,
} from "../../core/validate";
import { printable } from "../../core/printable";
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
});

const BADGE: Record<Finding["severity"], "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Findings shown per group before "Tampilkan lagi": a 50,000-row workbook can have thousands. */
const PAGE = 50;

/**
 * "IKI!D5: rumus kosong." as the cell (a link) and the message; control characters and bidi
 * overrides of a sheet name or a cell's text shown as escapes (printable.ts).
 */
function split(f: Finding): { cell: string; text: string } {
  const prefix = `${f.cell}: `;
  return {
    cell: printable(`${f.sheet}!${f.cell}`),
    text: printable(f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message),
  };
}

const FindingsView: React.FC<FindingsViewProps> = ({
  findings,
  tables,
  onSelect,
  onFix,
}: FindingsViewProps) => {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<string, number>>({});
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
  const groups = groupFindings(findings);
  return (
    <>
      <Text weight="semibold" data-testid="ringkasan">
        {tables.length} tabel · {counts.error} galat · {counts.warning} peringatan · {counts.info}{" "}
        info
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
      <Notice notice={notice} focus />
      <Accordion
        multiple
        collapsible
        defaultOpenItems={groups
          .filter((g) => g.severity !== "info")
          .map((g) => `${g.severity}-${g.rule}`)}
      >
        {groups.map((g) => {
          const key = `${g.severity}-${g.rule}`;
          const limit = shown[key] ?? PAGE;
          return (
            <AccordionItem key={key} value={key}>
              <AccordionHeader className={styles.header}>
                <Badge appearance="filled" color={BADGE[g.severity]} size="small">
                  {SEVERITY_LABEL[g.severity]}
                </Badge>
                &nbsp;{RULE_TITLE[g.rule]} ({g.items.length})
              </AccordionHeader>
              <AccordionPanel>
                {g.items.slice(0, limit).map((f, i) => {
                  const { cell, text } = split(f);
                  return (
                    <div
                      key={`${f.sheet}!${f.cell}-${i}`}
                      className={styles.finding}
                      data-testid="temuan"
                    >
                      <Link
                        as="button"
                        className={styles.cell}
                        onClick={() => act(() => onSelect(f))}
                        aria-label={`Pilih sel ${cell}`}
                      >
                        {cell}
                      </Link>
                      <Text className={styles.message}>{text}</Text>
                      {f.suggestion && (
                        <Caption1 className={styles.message}>
                          Saran: {printable(f.suggestion)}
                        </Caption1>
                      )}
                      {f.fix && (
                        <Button size="small" onClick={() => act(() => onFix(f))}>
                          {f.fix.label}
                        </Button>
                      )}
                    </div>
                  );
                })}
                {g.items.length > limit && (
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => setShown((s) => ({ ...s, [key]: limit + PAGE * 4 }))}
                  >
                    Tampilkan lagi ({g.items.length - limit} tersisa)
                  </Button>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
};

export default FindingsView;
