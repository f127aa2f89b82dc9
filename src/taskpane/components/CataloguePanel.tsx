import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Katalog } from "../../core/catalogue/katalog";
import { Entri } from "../../core/catalogue/types";
import { WorkbookService } from "../../excel/workbookService";

export interface CataloguePanelProps {
  katalog: Katalog;
  /** The catalogue shipped with the add-in, to go back to. */
  builtIn: Katalog;
  workbook: WorkbookService;
  onKatalogChange: (katalog: Katalog) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-word" },
});

const LIMIT = 25;

const CataloguePanel: React.FC<CataloguePanelProps> = ({ katalog, builtIn, workbook, onKatalogChange }: CataloguePanelProps) => {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string }>();
  const results: Entri[] = query.trim()
    ? katalog.browse(query, { limit: LIMIT }).map((h) => h.entri)
    : katalog.entries.slice(0, LIMIT);

  const insertRow = async (e: Entri) => {
    try {
      const rumus = e.rumusKoreksi && !e.rumusKoreksi.includes("...") ? e.rumusKoreksi : e.rumus;
      const at = await workbook.insertAtSelection(["", e.sasaran, e.indikator, rumus, e.sumberData, e.penanggungJawab]);
      setMessage({ intent: "success", text: `Baris "${e.indikator}" disisipkan mulai ${at}.` });
    } catch (err) {
      setMessage({ intent: "error", text: (err as Error).message });
    }
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = await file.text();
      // The schema validator (ajv) loads only when a catalogue is imported.
      const { parseKatalog } = await import(/* webpackChunkName: "katalog-impor" */ "../../core/catalogue/loadKatalog");
      const next = parseKatalog(text, file.name);
      const saved = await workbook.saveCatalogue(text);
      onKatalogChange(next);
      setMessage({
        intent: "success",
        text: `Katalog "${next.data.judul}" versi ${next.data.versi} (${next.entries.length} entri) dipakai ${
          saved ? "dan disimpan di buku kerja ini" : "untuk sesi ini (Excel ini tidak dapat menyimpannya di buku kerja)"
        }.`,
      });
    } catch (err) {
      setMessage({ intent: "error", text: (err as Error).message });
    }
  };

  return (
    <section className={styles.panel} aria-label="Katalog">
      <Caption1>
        {katalog.data.judul} · versi {katalog.data.versi} · {katalog.entries.length} entri
      </Caption1>
      <Field label="Cari indikator" hint="Boleh salah ketik atau sebagian kata, mis. rkpdes, kepuasan">
        <Input value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {results.map((e) => (
          <li key={e.id} className={styles.item}>
            <Card size="small" data-testid={`entri-${e.id}`}>
              <CardHeader header={<Text weight="semibold">{e.indikator}</Text>} description={<Caption1>{e.id} · {katalog.unit(e.unit)?.nama}</Caption1>} />
              <Body1 className={styles.formula}>{e.rumus || "(rumus tidak ditetapkan)"}</Body1>
              {e.rumusKoreksi && <Caption1>Rumus yang dimaksud: {e.rumusKoreksi}</Caption1>}
              <Caption1>
                Sumber Data: {e.sumberData || "-"} · Penanggung Jawab: {e.penanggungJawab || "-"} · {e.jenis}, {e.satuan}, polaritas {e.polaritas}
              </Caption1>
              {e.cacat?.map((c, i) => (
                <Caption1 key={i}>Catatan sumber ({c.kode}): {c.catatan}</Caption1>
              ))}
              <Caption1>Sumber: {e.provenance.map((p) => p.lokasi).join("; ")}</Caption1>
              <Button size="small" onClick={() => insertRow(e)}>
                Sisipkan sebagai baris di sel terpilih
              </Button>
            </Card>
          </li>
        ))}
      </ul>
      <Field label="Muat katalog lain (.json, skema yang sama) untuk buku kerja ini">
        <input type="file" accept=".json,application/json" onChange={(ev) => loadFile(ev.target.files?.[0])} />
      </Field>
      {katalog !== builtIn && (
        <Button
          onClick={async () => {
            try {
              await workbook.removeSavedCatalogue();
              onKatalogChange(builtIn);
              setMessage({ intent: "success", text: "Katalog bawaan dipakai lagi; katalog tersimpan dihapus dari buku kerja." });
            } catch (err) {
              setMessage({ intent: "error", text: (err as Error).message });
            }
          }}
        >
          Pakai katalog bawaan
        </Button>
      )}
    </section>
  );
};

export default CataloguePanel;
