import * as React from "react";
import {
  Button,
  Caption1,
  Subtitle2,
  Tree,
  TreeItem,
  TreeItemLayout,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CascadeMark, CascadeNode, CascadeTree } from "../../core/validate/cascadeTree";
import { printable } from "../../core/printable";
import type { PohonDrawn } from "../../excel/drawPohon";

export interface CascadeViewProps {
  trees: CascadeTree[];
  /** Selects a node's cell; resolves with what to tell the user (not given: the catalogue's tree). */
  onSelect?: (sheet: string, cell: string) => Promise<string>;
  /** Draws a tree's pohon kinerja on a new sheet. */
  onDraw?: (tree: CascadeTree) => Promise<PohonDrawn>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { whiteSpace: "normal", overflowWrap: "anywhere" },
  // Long indicators wrap: the chevron stays by the first line.
  layout: { alignItems: "flex-start" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

/** Children of a branch shown at a time. */
const PAGE = 50;

/** A short word for a gap (the finding's full text is in the list above). */
const MARK_LABEL: Partial<Record<CascadeMark["rule"], string>> = {
  "iku-tanpa-pendukung": "Belum didukung IKI",
  "iki-ganda-jabatan": "Juga IKI jabatan setingkat",
};

/**
 * The cascading tree of the checked workbook: kabupaten IKU, the unit's IKU, the positions' IKI.
 * A node from the workbook selects its cell when activated (click, Enter); gaps are marked.
 */
const CascadeView: React.FC<CascadeViewProps> = ({ trees, onSelect, onDraw }) => {
  const styles = useStyles();
  // Said beside the tree that caused it (a live region), not at the top of the panel.
  const [said, setSaid] = React.useState<{ text: string; ok: boolean }>();
  // Open: the IKU and the positions that carry them; closed: the rows repeated below a row, and
  // the groups of IKI without a parent.
  const open = (n: CascadeNode): string[] =>
    n.jenis === "iku-kabupaten" || n.jenis === "iku"
      ? [n.key, ...n.children.flatMap(open)]
      : n.jenis === "jabatan"
        ? [n.key]
        : [];
  // A branch shows PAGE children at a time (a sheet of 25,000 rows must not build 25,000 items).
  const [shown, setShown] = React.useState<Record<string, number>>({});

  const item = (n: CascadeNode): React.ReactNode => {
    const marks = n.marks
      .map((m) => ({ m, label: MARK_LABEL[m.rule] }))
      .filter((x): x is { m: CascadeMark; label: string } => x.label !== undefined);
    const at = n.at;
    const title = printable(
      n.teks ? (n.jenis === "iki" ? n.teks : `${n.label}: ${n.teks}`) : n.label
    );
    return (
      <TreeItem
        key={n.key}
        value={n.key}
        itemType={n.children.length > 0 ? "branch" : "leaf"}
        data-testid={`cascading-${n.jenis}`}
        onClick={
          at && onSelect
            ? (e) => {
                e.stopPropagation();
                onSelect(at.sheet, at.cell).then(
                  (text) => setSaid({ text, ok: true }),
                  (err: Error) => setSaid({ text: err.message, ok: false })
                );
              }
            : undefined
        }
      >
        <TreeItemLayout className={styles.layout}>
          <span className={styles.text}>{title}</span>
          {at && (
            <Caption1 className={styles.info}>{printable(` (${at.sheet}!${at.cell})`)}</Caption1>
          )}
          {marks.map(({ m, label }) => (
            <Caption1
              key={m.rule}
              className={m.severity === "warning" ? styles.warning : styles.info}
            >
              {` · ${label}`}
            </Caption1>
          ))}
        </TreeItemLayout>
        {n.children.length > 0 && (
          <Tree>
            {n.children.slice(0, shown[n.key] ?? PAGE).map(item)}
            {n.children.length > (shown[n.key] ?? PAGE) && (
              <TreeItem
                value={`${n.key}-lagi`}
                itemType="leaf"
                onClick={(e) => {
                  e.stopPropagation();
                  setShown((s) => ({ ...s, [n.key]: (s[n.key] ?? PAGE) + PAGE }));
                }}
              >
                <TreeItemLayout>
                  {`Tampilkan ${Math.min(PAGE, n.children.length - (shown[n.key] ?? PAGE))} lagi (${n.children.length - (shown[n.key] ?? PAGE)} tersisa)`}
                </TreeItemLayout>
              </TreeItem>
            )}
          </Tree>
        )}
      </TreeItem>
    );
  };

  return (
    <section
      className={styles.root}
      aria-label={onSelect ? "Cascading" : "Cascading katalog"}
      id={onSelect ? "cascading" : undefined}
      tabIndex={-1}
    >
      {trees.map((t) => (
        <div key={t.unit}>
          <Subtitle2 as="h2" block>
            Cascading {t.namaUnit}
          </Subtitle2>
          <Caption1 as="p" block>
            {onSelect
              ? "IKU Kabupaten, IKU unit, lalu IKI tiap jabatan yang mendukungnya. Pilih IKI untuk membuka selnya."
              : "Menurut tautan induk katalog: IKU Kabupaten, IKU unit, lalu IKI tiap jabatan yang mendukungnya."}
          </Caption1>
          {onDraw && <DrawButton tree={t} onDraw={onDraw} />}
          <Tree
            aria-label={`Cascading ${t.namaUnit}${onSelect ? "" : " (katalog)"}`}
            defaultOpenItems={t.roots.flatMap(open)}
          >
            {t.roots.map(item)}
          </Tree>
        </div>
      ))}
      {onSelect && (
        <Caption1 role="status" className={said && !said.ok ? styles.warning : undefined}>
          {printable(said?.text ?? "")}
        </Caption1>
      )}
    </section>
  );
};

/** What the user is told once the pohon is drawn. */
export function drawnMessage(tree: CascadeTree, r: PohonDrawn): string {
  return r.bentuk
    ? `Pohon kinerja ${tree.namaUnit} digambar di lembar baru "${r.sheet}": ${r.kotak} kotak dan ${r.garis} garis penghubung. Kotak dapat dipindah, diketik ulang dan diwarnai; garisnya ikut. Tidak ada lembar lain yang diubah.`
    : `Excel ini belum mendukung bentuk (ExcelApi 1.9), jadi kerangka pohon kinerja ${tree.namaUnit} ditulis di lembar baru "${r.sheet}". Gambarnya dapat dibuat dengan iki-cek pohon.`;
}

/**
 * "Gambar pohon kinerja": draws the tree on a new sheet (nothing existing changes); says where,
 * or why not, beside the button.
 */
const DrawButton: React.FC<{
  tree: CascadeTree;
  onDraw: (tree: CascadeTree) => Promise<PohonDrawn>;
}> = ({ tree, onDraw }) => {
  const [busy, setBusy] = React.useState(false);
  const [said, setSaid] = React.useState<{ text: string; ok: boolean }>();
  return (
    <div>
      <Button
        size="small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setSaid(undefined);
          onDraw(tree)
            .then(
              (r) => setSaid({ text: drawnMessage(tree, r), ok: true }),
              (err: Error) => setSaid({ text: err.message, ok: false })
            )
            .finally(() => setBusy(false));
        }}
      >
        {busy ? "Menggambar..." : "Gambar pohon kinerja"}
      </Button>
      <Caption1 as="p" block role="status" data-testid="pohon-status">
        {said ? printable(said.text) : ""}
      </Caption1>
    </div>
  );
};

export default CascadeView;
