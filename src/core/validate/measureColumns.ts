/**
 * The measurement columns of a table: Target, Realisasi and Capaian, once ("Target | Realisasi |
 * Capaian (%)") or per period, however the header band writes the period: over the roles
 * ("Tahun 2019" over Target | Realisasi, with "Capaian Kinerja Tahun 2019" beside them), under
 * them ("Target" over "TW I | TW II"), or in the header itself ("Target 2024"). The roles and
 * periods come from detection (columnRoles.ts); here they are paired per period.
 */
import { GridReader } from "../grid";
import { cellFacts } from "./cellKind";
import type { DetectedTable } from "./detectTables";

export type { MeasureRole } from "./columnRoles";

/** One period's columns (grid coordinates). */
export interface MeasureSet {
  /** The period as the header writes it, normalised ("tw 1", "2023"); "" when there is one. */
  period: string;
  target: number;
  realisasi: number;
  capaian?: number;
  /**
   * The capaian column holds fractions throughout (1 for 100 %, 2 for 200 %): most of its cells
   * equal realisasi / target, not realisasi / target x 100 (measureScale).
   */
  pecahan?: boolean;
}

/**
 * Whether a set's capaian column is written as fractions: on most rows where target, realisasi
 * and capaian are numbers, capaian equals realisasi / target (and not x 100).
 */
export function capaianAsFractions(
  reader: GridReader,
  rows: readonly number[],
  set: MeasureSet
): boolean {
  if (set.capaian === undefined) return false;
  let both = 0;
  let fractions = 0;
  for (const r of rows) {
    const t = numberIn(reader, r, set.target);
    const x = numberIn(reader, r, set.realisasi);
    const k = numberIn(reader, r, set.capaian);
    if (t === undefined || x === undefined || k === undefined || t === 0) continue;
    both++;
    const q = x / t;
    if (Math.abs(q - k) <= 0.01 * Math.max(1, Math.abs(q)) && Math.abs(q * 100 - k) > 0.6)
      fractions++;
  }
  return both >= 2 && fractions >= both * 0.6;
}

function numberIn(reader: GridReader, r: number, c: number): number | undefined {
  const f = cellFacts(reader.value(r, c));
  return f.kind === "angka" || f.kind === "nomor" ? f.number : undefined;
}

/**
 * The table's measurement sets, in column order. A set needs a Target and a Realisasi column;
 * its Capaian column is the one of the same period, or the only one when the table has one of
 * each. A period with a capaian but no target (earlier years' capaian beside this year's
 * measurement) makes no set.
 */
export function measureColumns(table: Pick<DetectedTable, "measures">): MeasureSet[] {
  const byRole = (role: "target" | "realisasi" | "capaian") =>
    table.measures.filter((m) => m.role === role);
  const targets = byRole("target");
  const realisasi = byRole("realisasi");
  const capaian = byRole("capaian");
  if (targets.length === 1 && realisasi.length === 1) {
    const own = capaian.find((k) => k.period === targets[0].period);
    // The only Capaian column, unless it names another period than the target's.
    const only = capaian.length === 1 && (capaian[0].period === "" || targets[0].period === "");
    const k = own ?? (only ? capaian[0] : undefined);
    return [
      {
        period: targets[0].period,
        target: targets[0].col,
        realisasi: realisasi[0].col,
        ...(k ? { capaian: k.col } : {}),
      },
    ];
  }
  const sets: MeasureSet[] = [];
  const used = new Set<number>();
  for (const t of targets) {
    const r = realisasi.find((x) => x.period === t.period);
    if (!r) continue;
    const k = capaian.find((x) => x.period === t.period);
    if (k) used.add(k.col);
    sets.push({
      period: t.period,
      target: t.col,
      realisasi: r.col,
      ...(k ? { capaian: k.col } : {}),
    });
  }
  // A capaian of one period's realisasi against another target, an end-of-period one: "% Capaian
  // s/d 2020 terhadap Target Akhir RPJMD (2021)" beside "Target Akhir RPJMD (2021)" and a 2020
  // Realisasi. The target is the one whose period the capaian names, else the only target
  // without a realisasi of its own; the realisasi likewise, else the only one.
  const unpaired = targets.filter((x) => !realisasi.some((r) => r.period === x.period));
  for (const k of capaian) {
    if (used.has(k.col)) continue;
    // Only the years and quarters the capaian names ("2020", "tw 2") pair it; other words do not.
    const years = new Set(k.period.match(/\b(?:19|20)\d\d\b|\btw \d\b/g) ?? []);
    const t =
      unpaired.find((x) => x.period !== "" && years.has(x.period)) ??
      (unpaired.length === 1 ? unpaired[0] : undefined);
    const r =
      realisasi.find((x) => x.period !== "" && x.period !== t?.period && years.has(x.period)) ??
      (realisasi.length === 1 ? realisasi[0] : undefined);
    if (t && r)
      sets.push({
        period: `${r.period} terhadap target ${t.period || "akhir"}`.trim(),
        target: t.col,
        realisasi: r.col,
        capaian: k.col,
      });
  }
  return sets;
}
