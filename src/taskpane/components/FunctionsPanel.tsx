import * as React from "react";
import {
  Button,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FunctionMetadata, formatSignature } from "../../core/functionMetadata";
import { exampleFormula, shownFormula } from "../../core/functionExamples";
import { Notice, NoticeValue } from "./Notice";

export interface FunctionsPanelProps {
  /** Loads the generated functions.json (fetched in the add-in, given directly in tests). */
  loadFunctions: () => Promise<FunctionMetadata[]>;
  /** Writes an example formula into the selected cell; returns where. Absent: no insert button. */
  insertExample?: (formula: string) => Promise<string>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  signature: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: "break-word",
  },
  params: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  paramName: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

type LoadState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; functions: FunctionMetadata[] };

const FunctionsPanel: React.FC<FunctionsPanelProps> = ({ loadFunctions, insertExample }: FunctionsPanelProps) => {
  const styles = useStyles();
  const [state, setState] = React.useState<LoadState>({ status: "loading" });
  const [filter, setFilter] = React.useState("");
  /** The message of the last insert, shown in the card of its function. */
  const [message, setMessage] = React.useState<{ id: string; notice: NoticeValue }>();
  const insert = async (id: string, formula: string) => {
    const shown = shownFormula(formula);
    try {
      setMessage({ id, notice: { intent: "success", text: `${shown} disisipkan di ${await insertExample!(formula)}.` } });
    } catch (e) {
      setMessage({ id, notice: { intent: "error", text: (e as Error).message } });
    }
  };

  React.useEffect(() => {
    let active = true;
    loadFunctions().then(
      (functions) => active && setState({ status: "ready", functions }),
      (error: unknown) =>
        active &&
        setState({
          status: "error",
          message: error instanceof Error ? error.message : String(error),
        })
    );
    return () => {
      active = false;
    };
  }, [loadFunctions]);

  if (state.status === "loading") return <Spinner label="Memuat daftar fungsi..." />;
  if (state.status === "error") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>Daftar fungsi tidak dapat dimuat: {state.message}</MessageBarBody>
      </MessageBar>
    );
  }

  const needle = filter.trim().toLowerCase();
  const shown = state.functions.filter(
    (f) =>
      needle === "" ||
      f.name.toLowerCase().includes(needle) ||
      (f.description ?? "").toLowerCase().includes(needle)
  );

  return (
    <section className={styles.panel} aria-label="Fungsi IKI">
      <Body1>
        Fungsi sel berikut dapat diketik di sel mana pun, di buku kerja apa pun, selama Asisten IKI
        terpasang.
      </Body1>
      <Field label="Cari fungsi">
        <Input
          value={filter}
          onChange={(_, data) => {
            setFilter(data.value);
            setMessage(undefined);
          }}
          placeholder="mis. persen, waktu, capaian"
        />
      </Field>
      <Caption1 aria-live="polite">
        {shown.length} dari {state.functions.length} fungsi
      </Caption1>
      <ul className={styles.list}>
        {shown.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <Card size="small" data-testid={`fungsi-${fn.id}`}>
              <CardHeader header={<Text className={styles.signature}>{formatSignature(fn)}</Text>} />
              {fn.description && <Body1>{fn.description}</Body1>}
              {fn.parameters.length > 0 && (
                <ul className={styles.params}>
                  {fn.parameters.map((p) => (
                    <li key={p.name}>
                      <span className={styles.paramName}>{p.name}</span>
                      {p.optional ? " (opsional)" : ""}
                      {/* The JSDoc says "Opsional:" too; once is enough. */}
                      {p.description ? `: ${p.optional ? p.description.replace(/^Opsional:\s*/i, "") : p.description}` : ""}
                    </li>
                  ))}
                </ul>
              )}
              {insertExample && (
                <Button size="small" onClick={() => insert(fn.id, exampleFormula(fn.id, fn.parameters.length))}>
                  Sisipkan contoh {shownFormula(exampleFormula(fn.id, fn.parameters.length))}
                </Button>
              )}
              <Notice notice={message?.id === fn.id ? message.notice : undefined} />
              {fn.helpUrl && (
                <Link href={fn.helpUrl} target="_blank" rel="noreferrer">
                  Bantuan {fn.name}
                </Link>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
};

export default FunctionsPanel;
