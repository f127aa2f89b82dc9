import { GridValue } from "../../grid";
import { readPoints } from "../../measures/capaian";
import { formatNumber, shownDecimals } from "../capaianCheck";
import { SummaryRow } from "../detectTables";
import { quote } from "./support";
import { TableRule, TableScope } from "./types";

/** A typed number of a cell (number text such as "87,5" or "87,5 %" included), or undefined. */
function typed(value: GridValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value.trim() === "" || value.trim().startsWith("="))
    return undefined;
  const n = readPoints(value, "ringkasan");
  return typeof n === "number" ? n : undefined;
}

/** The numbers of a column over rows; undefined when a row holds text that is no number. */
function numbersOf(scope: TableScope, rows: readonly number[], c: number): number[] | undefined {
  const out: number[] = [];
  for (const r of rows) {
    const m = scope.reader.merge(r, c);
    if (m && m.top !== r) continue;
    const v = scope.reader.raw(r, c);
    if (v === null || v === "" || (typeof v === "string" && /^[-–—\s]*$/.test(v))) continue;
    if (scope.reader.formula(r, c)) return undefined; // computed by Excel: nothing typed to check
    const n = typed(v);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

/**
 * A summary row whose typed number is not the sum ("Jumlah", "Total") or the average
 * ("Rata-rata", "Rerata") of the indicator rows above it, in any column that holds numbers: over
 * the rows since the previous summary row (a subtotal) or over all rows above (a total). A
 * Capaian column's "Jumlah" may hold the average; capaian capped at 100 or 120 are accepted.
 */
export const ringkasanSalahHitung: TableRule = {
  id: "ringkasan-salah-hitung",
  severity: "warning",
  title: "Baris jumlah atau rata-rata salah hitung",
  scope: "table",
  check(scope, report) {
    const { table, reader } = scope;
    if (table.ringkasan.length === 0) return;
    const capaianCols = new Set(
      table.measures.filter((m) => m.role === "capaian").map((m) => m.col)
    );
    const skip = new Set([table.columns.no, table.columns.indikator, table.columns.sasaran]);
    let previous = -1;
    for (const summary of table.ringkasan) {
      const group = table.bodyRows.filter((r) => r > previous && r < summary.r);
      const all = table.bodyRows.filter((r) => r < summary.r);
      previous = summary.r;
      for (let c = table.firstCol; c <= table.lastCol; c++) {
        if (skip.has(c) || c === summary.c) continue;
        const value = reader.raw(summary.r, c);
        if (reader.formula(summary.r, c)) continue;
        const shown = typed(value);
        if (shown === undefined) continue;
        const verdict = judge(scope, summary, c, shown, value, group, all, capaianCols.has(c));
        if (!verdict) continue;
        const label = reader.text(summary.r, summary.c);
        report(
          summary.r,
          c,
          `baris ${quote(label)} menulis ${formatNumber(shown, shownDecimals(value))}, padahal ${verdict.how} ${verdict.n} baris di atasnya ${formatNumber(verdict.expected, Math.max(2, shownDecimals(value)))}.`,
          {
            suggestion: `Hitung ulang, atau tulis rumus Excel (${summary.rataRata ? "AVERAGE" : "SUM"} atas baris-baris itu) agar angkanya selalu sesuai.`,
          }
        );
      }
    }
  },
};

function judge(
  scope: TableScope,
  summary: SummaryRow,
  c: number,
  shown: number,
  value: GridValue,
  group: number[],
  all: number[],
  capaian: boolean
): { how: string; n: number; expected: number } | undefined {
  const tolerance = 0.5 * 10 ** -shownDecimals(value) + 1e-9;
  let first: { how: string; n: number; expected: number } | undefined;
  for (const rows of group.length === all.length ? [group] : [group, all]) {
    const xs = numbersOf(scope, rows, c);
    if (!xs || xs.length === 0) continue;
    const candidates: number[] = [];
    const averages = [
      mean(xs),
      mean(xs.map((x) => Math.min(x, 100))),
      mean(xs.map((x) => Math.min(x, 120))),
    ];
    if (summary.rataRata || capaian) candidates.push(...averages);
    if (!summary.rataRata) candidates.push(sum(xs));
    const close = (e: number) =>
      Math.abs(e - shown) <= tolerance ||
      (shown <= 1.5 && e > 1.5 && Math.abs(e - shown * 100) <= tolerance * 100);
    if (candidates.some(close)) return undefined;
    first ??= {
      how: summary.rataRata || capaian ? "rata-rata" : "jumlah",
      n: xs.length,
      expected: summary.rataRata || capaian ? averages[0] : sum(xs),
    };
  }
  return first;
}
