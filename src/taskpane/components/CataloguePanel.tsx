import { JENIS_PERHITUNGAN, POLARITAS } from "../../core/glossary";
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Katalog } from "../../core/catalogue/katalog";
import { Entri } from "../../core/catalogue/types";
import { rumusTabel } from "../../core/catalogue/rumusEntri";
import { WorkbookService } from "../../excel/workbookService";
import { Notice, NoticeValue } from "./Notice";
import type { CascadeTree } from "../../core/validate/cascadeTree";

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
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const LIMIT = 25;

/** The catalogue's cascading tree: its code and the tree's, loaded when asked for. */
const CascadeView = React.lazy(() => import(/* webpackChunkName: "periksa" */ "./CascadeView"));
const loadTrees = () => import(/* webpackChunkName: "periksa" */ "../../core/validate/cascadeTree");

/** Where a message belongs: under the card whose row was inserted, or under the file button. */
type Placed = { at: string; notice: NoticeValue };

const EntryCard: React.FC<{
  e: Entri;
  unitName: string;
  onInsert: (e: Entri) => void;
  notice?: NoticeValue;
}> = ({ e, unitName, onInsert, notice }) => {
  const styles = useStyles();
  const [detail, setDetail] = React.useState(false);
  return (
    <Card size="small" data-testid={`entri-${e.id}`}>
      <CardHeader header={<Text weight="semibold">{e.indikator}</Text>} description={<Caption1>{unitName}</Caption1>} />
      <Body1 className={styles.formula}>{e.rumus || "(rumus tidak ditetapkan)"}</Body1>
      {e.rumusKoreksi && <Caption1>Rumus yang dimaksud: {e.rumusKoreksi}</Caption1>}
      <Caption1>
        Sumber Data: {e.sumberData || "-"} · Penanggung Jawab: {e.penanggungJawab || "-"} · satuan {e.satuan}
      </Caption1>
      {e.cacat?.map((c, i) => (
        <Caption1 key={i}>Catatan: {c.catatan}</Caption1>
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onInsert(e)} aria-label={`Sisipkan sebagai baris: "${e.indikator}", di sel terpilih`}>
          Sisipkan sebagai baris
        </Button>
        <Button size="small" appearance="subtle" aria-expanded={detail} onClick={() => setDetail(!detail)} aria-label={`${detail ? "Sembunyikan detail" : "Detail"} "${e.indikator}"`}>
          {detail ? "Sembunyikan detail" : "Detail"}
        </Button>
      </div>
      {detail && (
        <div className={styles.detail}>
          <Caption1>
            Perhitungan: {JENIS_PERHITUNGAN[e.jenis] ?? e.jenis} · {POLARITAS[e.polaritas] ?? e.polaritas}
          </Caption1>
          <Caption1>Ditetapkan dalam: {e.provenance.map((p) => sourcePlace(p.lokasi)).join("; ")}</Caption1>
        </div>
      )}
      <Notice notice={notice} />
    </Card>
  );
};

/** "004 Lampiran I, ..." without the corpus's document number in front: "Lampiran I, ...". */
function sourcePlace(lokasi: string): string {
  return lokasi.replace(/^\d{3}\s+/, "");
}

const CataloguePanel: React.FC<CataloguePanelProps> = ({ katalog, builtIn, workbook, onKatalogChange }: CataloguePanelProps) => {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [placed, setPlaced] = React.useState<Placed>();
  /** A download of the exported catalogue (object URL), where Excel cannot open a new workbook. */
  const [download, setDownload] = React.useState<string>();
  React.useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const typed = query.trim();
  const found = typed ? katalog.browse(query, { limit: katalog.entries.length }).map((h) => h.entri) : katalog.entries;
  const results = found.slice(0, LIMIT);

  const insertRow = async (e: Entri) => {
    try {
      const rumus = rumusTabel(e);
      const at = await workbook.insertAtSelection(["", e.sasaran, e.indikator, rumus, e.sumberData, e.penanggungJawab], `Baris katalog "${e.indikator}" disisipkan`);
      setPlaced({ at: e.id, notice: { intent: "success", text: `Baris "${e.indikator}" disisipkan mulai ${at}.` } });
    } catch (err) {
      setPlaced({ at: e.id, notice: { intent: "error", text: (err as Error).message } });
    }
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const say = (notice: NoticeValue) => setPlaced({ at: "berkas", notice });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // The schema validator (ajv) loads only when a catalogue is imported.
      const { fromData, parseKatalog } = await import(/* webpackChunkName: "katalog-impor" */ "../../core/catalogue/loadKatalog");
      let next: Katalog;
      let text: string;
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        // A zip: an .xlsx in the layout "iki-cek katalog --xlsx" writes (fflate loads only now).
        const [{ katalogDataFromXlsx }, { fflateInflate }] = await Promise.all([
          import(/* webpackChunkName: "katalog-impor-xlsx" */ "../../core/catalogue/xlsxKatalog"),
          import(/* webpackChunkName: "katalog-impor-xlsx" */ "../../core/xlsx/fflateInflate"),
        ]);
        const data = katalogDataFromXlsx(bytes, file.name, fflateInflate);
        next = fromData(data, file.name);
        text = JSON.stringify(data);
      } else {
        // UTF-16 from Notepad and ANSI text are read as what they are, not as broken UTF-8.
        const { decodeText } = await import(/* webpackChunkName: "katalog-impor" */ "../../core/catalogue/decodeText");
        text = decodeText(bytes);
        next = parseKatalog(text, file.name);
      }
      const saved = await workbook.saveCatalogue(text);
      onKatalogChange(next);
      say({
        intent: "success",
        text: `Katalog "${next.data.judul}" versi ${next.data.versi} (${next.entries.length} entri) dipakai ${
          saved ? "dan disimpan di buku kerja ini" : "untuk sesi ini (Excel ini tidak dapat menyimpannya di buku kerja)"
        }.`,
      });
    } catch (err) {
      say({ intent: "error", text: (err as Error).message });
    } finally {
      if (fileInput.current) fileInput.current.value = ""; // the same file can be chosen again
    }
  };

  const exportFile = async () => {
    const say = (notice: NoticeValue) => setPlaced({ at: "berkas", notice });
    setDownload(undefined);
    try {
      // The writer and its zip (fflate) load only when asked for.
      const [{ katalogToSheets }, { sheetsToXlsx, toBase64 }, { fflateZip }] = await Promise.all([
        import(/* webpackChunkName: "katalog-ekspor" */ "../../core/catalogue/sheetLayout"),
        import(/* webpackChunkName: "katalog-ekspor" */ "../../core/xlsx/writeXlsx"),
        import(/* webpackChunkName: "katalog-ekspor" */ "../../core/xlsx/fflateZip"),
      ]);
      const sheets = katalogToSheets(katalog.data);
      const bytes = sheetsToXlsx(sheets, fflateZip);
      const what = `${katalog.entries.length} entri, ${sheets.length} lembar`;
      if (await workbook.openAsNewWorkbook(toBase64(bytes))) {
        say({
          intent: "success",
          text: `Katalog dibuka sebagai buku kerja baru (${what}); buku kerja ini tidak diubah. Simpan buku baru itu dengan File > Simpan Sebagai.`,
        });
      } else {
        // Excel without ExcelApi 1.8: a download link, which the user clicks.
        const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
        setDownload(URL.createObjectURL(blob));
        say({ intent: "info", text: `Excel ini tidak dapat membuka buku kerja baru dari add-in. Unduh katalog (${what}) dengan tautan di bawah.` });
      }
    } catch (err) {
      say({ intent: "error", text: `Katalog tidak dapat diekspor: ${(err as Error).message}` });
    }
  };

  return (
    <section className={styles.panel} aria-label="Katalog">
      <Caption1>
        {katalog.data.judul} · versi {katalog.data.versi} · {katalog.entries.length} entri
      </Caption1>
      <div className={styles.actions}>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(ev) => loadFile(ev.target.files?.[0])}
        />
        <Button onClick={() => fileInput.current?.click()}>Muat katalog lain</Button>
        {katalog !== builtIn && (
          <Button
            onClick={async () => {
              try {
                await workbook.removeSavedCatalogue();
                onKatalogChange(builtIn);
                setPlaced({ at: "berkas", notice: { intent: "success", text: "Katalog bawaan dipakai lagi; katalog tersimpan dihapus dari buku kerja." } });
              } catch (err) {
                setPlaced({ at: "berkas", notice: { intent: "error", text: (err as Error).message } });
              }
            }}
          >
            Pakai katalog bawaan
          </Button>
        )}
        <Button onClick={() => void exportFile()}>Ekspor ke .xlsx</Button>
      </div>
      <Caption1>
        Berkas katalog .json, atau .xlsx dengan susunan kolom katalog (seperti hasil ekspor iki-cek); katalog itu disimpan di buku kerja ini.
      </Caption1>
      <Notice notice={placed?.at === "berkas" ? placed.notice : undefined} />
      {download && placed?.at === "berkas" && (
        <Link href={download} download={`${katalog.data.judul.replace(/[\\/:*?"<>|]/g, " ").trim() || "katalog"}.xlsx`}>
          Unduh katalog (.xlsx)
        </Link>
      )}
      <Field label="Cari indikator" hint="Boleh salah ketik atau sebagian kata, mis. rkpdes, kepuasan">
        <Input
          value={query}
          onChange={(_, d) => {
            setQuery(d.value);
            setPlaced(undefined);
          }}
        />
      </Field>
      <Caption1 role="status" aria-live="polite" data-testid="jumlah-hasil">
        {typed
          ? found.length === 0
            ? `Tidak ditemukan indikator untuk "${typed}". Coba kata lain atau lebih sedikit kata, mis. "desa tepat waktu" atau "kepuasan".`
            : `${found.length} indikator ditemukan${found.length > LIMIT ? `; ${LIMIT} pertama ditampilkan, perjelas pencarian untuk yang lain` : ""}.`
          : `${LIMIT} dari ${katalog.entries.length} indikator ditampilkan; ketik untuk mencari.`}
      </Caption1>
      <ul className={styles.list}>
        {results.map((e) => (
          <li key={e.id} className={styles.item}>
            <EntryCard e={e} unitName={katalog.unit(e.unit)?.nama ?? ""} onInsert={insertRow} notice={placed?.at === e.id ? placed.notice : undefined} />
          </li>
        ))}
      </ul>
      <CatalogueCascade katalog={katalog} workbook={workbook} />
    </section>
  );
};

/** "Cascading katalog": the tree of the catalogue's own links, shown on request. */
const CatalogueCascade: React.FC<{ katalog: Katalog; workbook: WorkbookService }> = ({
  katalog,
  workbook,
}) => {
  const [trees, setTrees] = React.useState<CascadeTree[]>();
  const [open, setOpen] = React.useState(false);
  const [failed, setFailed] = React.useState<string>();
  // Another catalogue loaded: its own tree.
  React.useEffect(() => setTrees(undefined), [katalog]);
  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setFailed(undefined);
    try {
      if (!trees) setTrees((await loadTrees()).catalogueCascadeTrees(katalog));
    } catch (e) {
      setFailed(`Cascading katalog tidak dapat ditampilkan: ${(e as Error).message}`);
    }
  };
  return (
    <div>
      <Button aria-expanded={open} onClick={() => void toggle()}>
        {open ? "Sembunyikan cascading katalog" : "Tampilkan cascading katalog"}
      </Button>
      {open && failed && <Notice notice={{ intent: "error", text: failed }} />}
      {open && trees && trees.length === 0 && (
        <Caption1 as="p" block>
          Katalog ini tidak memuat unit dengan dua jabatan atau lebih.
        </Caption1>
      )}
      {open && trees && trees.length > 0 && (
        <React.Suspense fallback={<Caption1 role="status">Memuat...</Caption1>}>
          <CascadeView trees={trees} onDraw={(tree) => workbook.drawPohon(tree)} />
        </React.Suspense>
      )}
    </div>
  );
};

export default CataloguePanel;
