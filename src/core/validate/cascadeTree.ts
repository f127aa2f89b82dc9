/**
 * The cascading tree of a checked workbook, per unit whose positions' IKI it holds: the kabupaten
 * IKU, under it the unit's IKU, under each the positions' IKI that carry it (and under those the
 * IKI of the positions below that repeat them), then the IKI with no parent. Each IKI node points
 * at its cell; the workbook rules' findings mark the gaps.
 */
import { atasanOf, ikuOf, positionsTopDown } from "../catalogue/cascading";
import type { Katalog } from "../catalogue/katalog";
import type {
  Finding,
  IndicatorRef,
  RuleId,
  Severity,
  SheetReport,
  TableIndicators,
} from "./findings";
import { validateCascade, workbookScopes } from "./cascade";
import { ikuCarried, indicatorKey } from "./rules/cascadeSupport";

export interface CascadeMark {
  rule: RuleId;
  severity: Severity;
  message: string;
}

export interface CascadeNode {
  /** Unique within its tree. */
  key: string;
  jenis: "iku-kabupaten" | "iku" | "jabatan" | "iki" | "kelompok";
  /** What the node is: "IKU 1.3", a position's name, "IKU Kabupaten". */
  label: string;
  /** The indicator's text (empty for a position or a group). */
  teks: string;
  /** Its cell, when it comes from the workbook. */
  at?: { sheet: string; cell: string };
  marks: CascadeMark[];
  children: CascadeNode[];
}

export interface CascadeTree {
  unit: string;
  namaUnit: string;
  roots: CascadeNode[];
}

const CASCADE_RULES = new Set<RuleId>([
  "iku-tanpa-pendukung",
  "iki-tanpa-induk",
  "iki-ganda-jabatan",
]);

export function cascadeTrees(
  sheets: readonly SheetReport[],
  findings: readonly Finding[],
  katalog: Katalog
): CascadeTree[] {
  const marksAt = new Map<string, CascadeMark[]>();
  const marksOfEntri = new Map<string, CascadeMark[]>();
  for (const f of findings) {
    if (!CASCADE_RULES.has(f.rule)) continue;
    const mark = { rule: f.rule, severity: f.severity, message: f.message };
    if (f.rule === "iku-tanpa-pendukung" && f.entri) {
      marksOfEntri.set(f.entri, [...(marksOfEntri.get(f.entri) ?? []), mark]);
    } else {
      const k = `${f.sheet}!${f.cell}`;
      marksAt.set(k, [...(marksAt.get(k) ?? []), mark]);
    }
  }

  // The tree of the IKI tables: a unit whose workbook has one position's IKI and its SKP has none.
  const trees = workbookScopes(sheets, katalog).filter(
    (s) => new Set(s.tables.map((t) => t.jabatan.id)).size >= 2
  );
  return trees.map((scope) => {
    const { unit } = scope;
    const order = positionsTopDown(katalog, unit.id).map((j) => j.id);
    const tables = [...scope.tables].sort(
      (a, b) => order.indexOf(a.jabatan.id) - order.indexOf(b.jabatan.id)
    );
    let n = 0;
    const node = (
      jenis: CascadeNode["jenis"],
      label: string,
      teks: string,
      extra: Partial<CascadeNode> = {}
    ): CascadeNode => ({
      key: `${jenis}-${n++}`,
      jenis,
      label,
      teks,
      marks: [],
      children: [],
      ...extra,
    });
    const ikiNode = (jabatan: string, row: IndicatorRef) =>
      node("iki", jabatan, row.indikator, {
        at: { sheet: row.sheet, cell: row.cell },
        marks: marksAt.get(`${row.sheet}!${row.cell}`) ?? [],
      });

    // Every IKI row: where it is placed, so the rows of the positions below can hang under it.
    const placed = new Map<string, CascadeNode>();
    const place = (jabatanId: string, row: IndicatorRef, n: CascadeNode) =>
      placed.set(`${jabatanId}|${indicatorKey(row)}`, n);

    const roots: CascadeNode[] = [];
    const parents = new Map<string, CascadeNode>();
    for (const iku of ikuOf(katalog, unit.id)) {
      const ikuNode = node("iku", `IKU ${iku.nomor ?? ""}`.trim(), iku.indikator, {
        marks: marksOfEntri.get(iku.id) ?? [],
      });
      for (const t of tables) {
        const rows = t.rows.filter((r) => ikuCarried(scope, r)?.id === iku.id);
        if (rows.length === 0) continue;
        const position = node("jabatan", t.jabatan.nama, "");
        for (const r of rows) {
          const leaf = ikiNode(t.jabatan.nama, r);
          position.children.push(leaf);
          place(t.jabatan.id, r, leaf);
        }
        ikuNode.children.push(position);
      }
      const parent = iku.induk ? katalog.entri(iku.induk) : undefined;
      if (!parent) {
        roots.push(ikuNode);
        continue;
      }
      let p = parents.get(parent.id);
      if (!p) {
        p = node("iku-kabupaten", "IKU Kabupaten", parent.indikator);
        parents.set(parent.id, p);
        roots.push(p);
      }
      p.children.push(ikuNode);
    }

    // The IKI the workbook rules found without a parent, per position.
    const orphans = node("kelompok", "IKI tanpa induk", "");
    // Rows that repeat an indicator of the position above hang under that row.
    const repeating: Array<{ t: (typeof tables)[number]; r: IndicatorRef }> = [];
    const viaCatalogue = node(
      "kelompok",
      "IKI yang menurut katalog juga didukung oleh atasannya",
      ""
    );
    for (const t of tables) {
      const position = node("jabatan", t.jabatan.nama, "");
      for (const r of t.rows) {
        if (ikuCarried(scope, r)) continue;
        const marks = marksAt.get(`${r.sheet}!${r.cell}`) ?? [];
        if (marks.some((m) => m.rule === "iki-tanpa-induk")) {
          const leaf = ikiNode(t.jabatan.nama, r);
          position.children.push(leaf);
          place(t.jabatan.id, r, leaf);
        } else repeating.push({ t, r });
      }
      if (position.children.length > 0) orphans.children.push(position);
    }
    // Top-down, so a row can hang under a row that itself repeats one above it.
    for (const { t, r } of repeating) {
      const atasan = atasanOf(katalog, t.jabatan);
      const entri = r.entri ? katalog.entri(r.entri) : undefined;
      const under =
        (atasan && placed.get(`${atasan.id}|${indicatorKey(r)}`)) ||
        (atasan && entri?.induk && placed.get(`${atasan.id}|entri:${entri.induk}`)) ||
        undefined;
      const leaf = ikiNode(t.jabatan.nama, r);
      place(t.jabatan.id, r, leaf);
      if (under) under.children.push(leaf);
      else {
        // The catalogue gives it to the position above, whose table here does not show it.
        let group = viaCatalogue.children.find((c) => c.label === t.jabatan.nama);
        if (!group) {
          group = node("jabatan", t.jabatan.nama, "");
          viaCatalogue.children.push(group);
        }
        group.children.push(leaf);
      }
    }
    if (viaCatalogue.children.length > 0) roots.push(viaCatalogue);
    if (orphans.children.length > 0) roots.push(orphans);
    return { unit: unit.id, namaUnit: unit.nama, roots };
  });
}

/** The pseudo sheet the catalogue's positions are read as. */
const KATALOG_SHEET = "(katalog)";

function withoutCells(n: CascadeNode): CascadeNode {
  const copy: CascadeNode = { ...n, children: n.children.map(withoutCells) };
  delete copy.at;
  return copy;
}

/**
 * The cascading of the catalogue itself, for each unit with two or more positions: every
 * position's IKI as if each position had its table, through the same rules and the same tree;
 * the nodes point at no cell.
 */
export function catalogueCascadeTrees(katalog: Katalog): CascadeTree[] {
  const sheets: SheetReport[] = [];
  for (const unit of katalog.units) {
    const positions = positionsTopDown(katalog, unit.id);
    if (positions.length < 2) continue;
    const indicators: TableIndicators[] = positions.map((j) => {
      const rows: IndicatorRef[] = katalog
        .entriesFor({ unit: unit.id, jabatan: j.id, level: "iki" })
        .map((e, i) => ({
          sheet: KATALOG_SHEET,
          cell: `${j.id}/${e.id}`,
          row: i + 1,
          indikator: e.indikator,
          entri: e.id,
        }));
      return {
        table: {
          sheet: KATALOG_SHEET,
          header: `${j.id}:${j.id}`,
          rows: [1, Math.max(1, rows.length)],
          indicatorRows: rows.length,
          jabatan: j.id,
        },
        rows,
      };
    });
    sheets.push({ tables: indicators.map((x) => x.table), findings: [], indicators });
  }
  const findings = validateCascade(sheets, katalog);
  return cascadeTrees(sheets, findings, katalog).map((t) => ({
    ...t,
    roots: t.roots.map(withoutCells),
  }));
}
