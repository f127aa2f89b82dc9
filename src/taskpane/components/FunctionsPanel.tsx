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
import { exampleAt, exampleFormula, shownFormula } from "../../core/functionExamples";
import { parseRange } from "../../core/grid";
import { Notice, NoticeValue } from "./Notice";

export interface FunctionsPanelProps {
  /** Loads the generated functions.json (fetched in the add-in, given directly in tests). */
  loadFunctions: () => Promise<FunctionMetadata[]>;
  /** The selected cell, where an example would go. Absent: no insert button. */
  selectedCell?: () => Promise<{ sheet: string; cell: string }>;
  /** Writes an example formula into that cell (refusing a cell with data); returns where. */
  insertExample?: (formula: string, at: { sheet: string; cell: string }) => Promise<string>;
}

/** An example shown before it is written: where, what, and what its references should hold. */
interface Preview {
  id: string;
  sheet: string;
  cell: string;
  formula: string;
  explanation: string;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: "none" },
  signature: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    wordBreak: "break-word",
  },
  params: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  paramName: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type LoadState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; functions: FunctionMetadata[] };

const FunctionsPanel: React.FC<FunctionsPanelProps> = ({
  loadFunctions,
  selectedCell,
  insertExample,
}: FunctionsPanelProps) => {
  const styles = useStyles();
  const [state, setState] = React.useState<LoadState>({ status: "loading" });
  const [filter, setFilter] = React.useState("");
  /** The message of the last insert, shown in the card of its function. */
  const [message, setMessage] = React.useState<{ id: string; notice: NoticeValue }>();
  const [preview, setPreview] = React.useState<Preview>();
  /** Builds the example for the selected cell and shows it; nothing is written yet. */
  const prepare = async (fn: FunctionMetadata) => {
    setMessage(undefined);
    try {
      const at = await selectedCell!();
      const a = parseRange(at.cell);
      const placed = a ? exampleAt(fn.id, { col: a.left, row: a.top }) : undefined;
      const fixed = exampleFormula(fn.id, fn.parameters.length);
      if (!placed && a && exampleAt(fn.id, { col: 30, row: 30 })) {
        // The function reads the cells on the left, and there are not enough of them.
        setPreview(undefined);
        setMessage({
          id: fn.id,
          notice: {
            intent: "warning",
            text: `Di kiri sel ${at.cell} tidak ada cukup kolom untuk contoh ini. Pilih sel di kanan datanya (mis. kolom Capaian di kanan Target dan Realisasi) lalu coba lagi.`,
          },
        });
        return;
      }
      setPreview({
        id: fn.id,
        ...at,
        formula: placed?.formula ?? fixed,
        explanation: placed
          ? `Isi yang diharapkan: ${placed.explanation}.`
          : "Contoh ini memakai sel dan nilai tetap; ubah rujukannya sesuai data Anda sesudah ditulis.",
      });
    } catch (e) {
      setMessage({ id: fn.id, notice: { intent: "error", text: (e as Error).message } });
    }
  };
  const insert = async (p: Preview) => {
    const shown = shownFormula(p.formula);
    setPreview(undefined);
    try {
      const where = await insertExample!(p.formula, { sheet: p.sheet, cell: p.cell });
      setMessage({
        id: p.id,
        notice: {
          intent: "success",
          text: `${shown} disisipkan di ${where}. "Urungkan" (di bawah tab) menghapusnya lagi.`,
        },
      });
    } catch (e) {
      setMessage({ id: p.id, notice: { intent: "error", text: (e as Error).message } });
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
              <CardHeader
                header={<Text className={styles.signature}>{formatSignature(fn)}</Text>}
              />
              {fn.description && <Body1>{fn.description}</Body1>}
              {fn.parameters.length > 0 && (
                <ul className={styles.params}>
                  {fn.parameters.map((p) => (
                    <li key={p.name}>
                      <span className={styles.paramName}>{p.name}</span>
                      {p.optional ? " (opsional)" : ""}
                      {/* The JSDoc says "Opsional:" too; once is enough. */}
                      {p.description
                        ? `: ${p.optional ? p.description.replace(/^Opsional:\s*/i, "") : p.description}`
                        : ""}
                    </li>
                  ))}
                </ul>
              )}
              {insertExample && selectedCell && preview?.id !== fn.id && (
                <Button size="small" onClick={() => prepare(fn)}>
                  Siapkan contoh di sel terpilih
                </Button>
              )}
              {preview?.id === fn.id && (
                <div className={styles.preview} data-testid="pratinjau-contoh">
                  <Body1>
                    Akan ditulis di {preview.sheet}!{preview.cell}:{" "}
                    <span className={styles.formula}>{shownFormula(preview.formula)}</span>
                  </Body1>
                  <Caption1>{preview.explanation}</Caption1>
                  <div className={styles.actions}>
                    <Button size="small" appearance="primary" onClick={() => insert(preview)}>
                      Tulis di {preview.cell}
                    </Button>
                    <Button size="small" onClick={() => setPreview(undefined)}>
                      Batal
                    </Button>
                  </div>
                </div>
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
