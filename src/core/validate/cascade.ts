/**
 * The workbook-wide (cascading) check: once every sheet is checked, the tables whose position is
 * known are grouped by unit, and where a workbook holds the IKI tables of two or more positions
 * of one unit, the workbook rules of ./rules run over them.
 */
import type { Katalog } from "../catalogue/katalog";
import type { Finding, RuleId, SheetReport } from "./findings";
import { RULES } from "./rules";
import type { PositionTable, ReportAt, WorkbookRule, WorkbookScope } from "./rules/types";

const WORKBOOK_RULES = RULES.filter((r): r is WorkbookRule => r.scope === "workbook");

/**
 * The workbook scopes: one per unit with tables of at least two of its positions, or with an
 * SKP (the SKP rules compare it with its own position's IKI table and its leader's).
 */
export function workbookScopes(sheets: readonly SheetReport[], katalog: Katalog): WorkbookScope[] {
  const byUnit = new Map<string, { tables: PositionTable[]; skp: PositionTable[] }>();
  for (const sheet of sheets) {
    for (const { table, rows } of sheet.indicators) {
      const jabatan = table.jabatan ? katalog.jabatan(table.jabatan) : undefined;
      if (!jabatan) continue;
      const lists = byUnit.get(jabatan.unit) ?? { tables: [], skp: [] };
      (table.jenis === "skp" ? lists.skp : lists.tables).push({ jabatan, table, rows });
      byUnit.set(jabatan.unit, lists);
    }
  }
  const scopes: WorkbookScope[] = [];
  for (const [unitId, { tables, skp }] of byUnit) {
    const unit = katalog.unit(unitId);
    if (unit && (new Set(tables.map((t) => t.jabatan.id)).size >= 2 || skp.length > 0)) {
      scopes.push({ katalog, unit, tables, skp });
    }
  }
  return scopes;
}

/** Whether a workbook rule runs on a scope: the SKP rules where there is an SKP. */
function runs(rule: WorkbookRule, scope: WorkbookScope): boolean {
  return rule.skp ? scope.skp.length > 0 : new Set(scope.tables.map((t) => t.jabatan.id)).size >= 2;
}

/** A rule's ReportAt that adds its findings to `findings` (the address prefixed to the message). */
export function reportInto(
  findings: Finding[],
  rule: { id: string; severity: Finding["severity"] }
): ReportAt {
  return (at, message, extra = {}) =>
    findings.push({
      rule: rule.id as RuleId,
      severity: rule.severity,
      sheet: at.sheet,
      cell: at.cell,
      row: at.row,
      message: `${at.cell}: ${message}`,
      ...extra,
    });
}

/** Runs the workbook rules; their findings, in rule order. */
export function validateCascade(sheets: readonly SheetReport[], katalog: Katalog): Finding[] {
  const findings: Finding[] = [];
  for (const scope of workbookScopes(sheets, katalog)) {
    for (const rule of WORKBOOK_RULES) {
      if (runs(rule, scope)) rule.check(scope, reportInto(findings, rule));
    }
  }
  return findings;
}
