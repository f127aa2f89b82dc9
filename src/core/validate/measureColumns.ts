/**
 * The measurement columns of a table: Target, Realisasi and Capaian, once ("Target | Realisasi |
 * Capaian (%)") or per period, written either way round: the role over the periods ("Target"
 * over "TW I | TW II | ...") or the period over the roles ("2023" over "Target | Realisasi |
 * Capaian"), or the period in the header itself ("Target 2024 | Realisasi 2024").
 */
import { normaliseText } from "../catalogue/normalise";
import { GridReader } from "../grid";
import { COLUMN_SYNONYMS, ColumnRole } from "./columnVocabulary";
import { roleOf } from "./detectTables";

export type MeasureRole = "target" | "realisasi" | "capaian";
const MEASURE_ROLES: readonly MeasureRole[] = ["target", "realisasi", "capaian"];

/** One period's columns (grid coordinates). */
export interface MeasureSet {
  /** The period as the header writes it, normalised ("tw i", "2023"); "" when there is one. */
  period: string;
  target: number;
  realisasi: number;
  capaian?: number;
}

const isMeasure = (role: ColumnRole | undefined): role is MeasureRole =>
  role !== undefined && (MEASURE_ROLES as readonly ColumnRole[]).includes(role);

/** The words after a measure's synonym ("Target 2024" gives "2024", "Capaian (%)" gives ""). */
function rest(text: string, role: MeasureRole): string {
  const n = normaliseText(text);
  const synonym = COLUMN_SYNONYMS[role]
    .map((s) => s.teks)
    .filter((t) => n === t || n.startsWith(t + " "))
    .sort((a, b) => b.length - a.length)[0];
  return synonym ? periodWords(n.slice(synonym.length)) : "";
}

/** The words of a period: a unit in the header ("Capaian (%)", "Capaian persen") names none. */
function periodWords(text: string): string {
  return normaliseText(text)
    .split(" ")
    .filter((word) => /[a-z0-9]/.test(word) && !UNIT_WORDS.has(word))
    .join(" ");
}
const UNIT_WORDS = new Set(["persen", "persentase", "prosen", "pct"]);

/**
 * The table's measurement sets, in column order. A set needs a Target and a Realisasi column;
 * its Capaian column is the one of the same period, or the only one when the table has one of
 * each.
 */
export function measureColumns(
  reader: GridReader,
  headerRow: number,
  lastHeaderRow: number,
  firstCol: number,
  lastCol: number
): MeasureSet[] {
  const found: Array<{ role: MeasureRole; period: string; col: number }> = [];
  for (let c = firstCol; c <= lastCol; c++) {
    const top = reader.text(headerRow, c);
    const sub = lastHeaderRow > headerRow ? reader.ownText(lastHeaderRow, c) : "";
    const roleTop = roleOf(top);
    const roleSub = sub === "" ? undefined : roleOf(sub);
    if (isMeasure(roleSub)) {
      const period = roleTop === undefined ? periodWords(top) : rest(top, roleSub);
      found.push({
        role: roleSub,
        period: [period, rest(sub, roleSub)].filter(Boolean).join(" "),
        col: c,
      });
    } else if (isMeasure(roleTop)) {
      found.push({
        role: roleTop,
        period: [rest(top, roleTop), periodWords(sub)].filter(Boolean).join(" "),
        col: c,
      });
    }
  }
  const byRole = (role: MeasureRole) => found.filter((f) => f.role === role);
  const targets = byRole("target");
  const realisasi = byRole("realisasi");
  const capaian = byRole("capaian");
  if (targets.length === 1 && realisasi.length === 1) {
    return [
      {
        period: targets[0].period,
        target: targets[0].col,
        realisasi: realisasi[0].col,
        ...(capaian.length === 1 ? { capaian: capaian[0].col } : {}),
      },
    ];
  }
  const sets: MeasureSet[] = [];
  for (const t of targets) {
    const r = realisasi.find((x) => x.period === t.period);
    if (!r) continue;
    const k = capaian.find((x) => x.period === t.period);
    sets.push({
      period: t.period,
      target: t.col,
      realisasi: r.col,
      ...(k ? { capaian: k.col } : {}),
    });
  }
  return sets;
}
