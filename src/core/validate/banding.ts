/**
 * The comparison of two workbooks of a unit, an earlier year's and the one checked (issue #29:
 * `periksa --banding LAMA.xlsx`, the pane's "Bandingkan dengan"): each one's IKU-level tables are
 * grouped by unit, units are paired, and the comparison rules of ./rules run on each pair.
 */
import type { Katalog } from "../catalogue/katalog";
import type { Finding, SheetReport } from "./findings";
import { reportInto } from "./cascade";
import { RULES } from "./rules";
import type { BandingRule, IkuSet } from "./rules/types";

const BANDING_RULES = RULES.filter((r): r is BandingRule => r.scope === "banding");

/** The tables holding IKU-level rows, grouped by unit ("" where the position is not known). */
export function ikuSets(sheets: readonly SheetReport[], katalog: Katalog, nama: string): IkuSet[] {
  const byUnit = new Map<string, IkuSet>();
  for (const sheet of sheets) {
    for (const { table, rows } of sheet.indicators) {
      if (table.jenis === "skp" || !rows.some((r) => r.iku)) continue;
      const unit = katalog.units.find((u) => u.nama === table.unit);
      const key = unit?.id ?? "";
      const set = byUnit.get(key) ?? { nama, ...(unit ? { unit } : {}), tables: [] };
      set.tables.push({ table, rows });
      byUnit.set(key, set);
    }
  }
  return [...byUnit.values()];
}

/**
 * Pairs the units of both workbooks: the same unit, else (one unit each, one of them not known)
 * the only ones there are, as when a unit's own files do not name it.
 */
function pairUnits(lama: IkuSet[], baru: IkuSet[]): Array<[IkuSet, IkuSet]> {
  if (lama.length === 1 && baru.length === 1) {
    const [a, b] = [lama[0], baru[0]];
    return !a.unit || !b.unit || a.unit.id === b.unit.id ? [[a, b]] : [];
  }
  const pairs: Array<[IkuSet, IkuSet]> = [];
  for (const b of baru) {
    const a = lama.find((x) => x.unit?.id === b.unit?.id);
    if (a) pairs.push([a, b]);
  }
  return pairs;
}

/** The comparison rules' findings in the checked workbook, in rule order. */
export function validateBanding(
  lama: readonly SheetReport[],
  baru: readonly SheetReport[],
  katalog: Katalog,
  namaLama: string
): Finding[] {
  const findings: Finding[] = [];
  const pairs = pairUnits(ikuSets(lama, katalog, namaLama), ikuSets(baru, katalog, ""));
  for (const [a, b] of pairs) {
    for (const rule of BANDING_RULES)
      rule.check({ katalog, lama: a, baru: b }, reportInto(findings, rule));
  }
  return findings;
}
