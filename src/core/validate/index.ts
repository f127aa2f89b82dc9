/** Validation of IKI/IKU tables over plain grids (see validateSheet.ts). */
export { validateGrid, validateGridSteps } from "./validateSheet";
export { ValidationCache } from "./cache";
export { RULES, RULES_BY_ID, judgeFormula } from "./rules";
export { validateCascade, workbookScopes } from "./cascade";
export { cascadeTrees, catalogueCascadeTrees } from "./cascadeTree";
export type { CascadeTree, CascadeNode, CascadeMark } from "./cascadeTree";
export type { Rule } from "./rules";
export { detectTables, roleOf } from "./detectTables";
export type { DetectedTable, ColumnRole, RejectedHeader } from "./detectTables";
export { COLUMN_SYNONYMS, ROLE_NAME } from "./columnVocabulary";
export * from "./findings";

import { Katalog } from "../catalogue/katalog";
import { Grid } from "../grid";
import { validateGrid, ValidationCache } from "./validateSheet";
import { validateCascade } from "./cascade";
import { validateBanding } from "./banding";
import { Finding, SheetReport, TableSummary } from "./findings";

export interface WorkbookReport {
  tables: TableSummary[];
  findings: Finding[];
}

/** An earlier year's workbook to compare the checked one with (the IKU that were replaced). */
export interface Banding {
  /** Its name as the user knows it ("IKU 2024.xlsx"). */
  nama: string;
  /** Its sheets as validated (`validateSheets`). */
  sheets: readonly SheetReport[];
}

/** Validates every sheet of a workbook with one shared cache. */
export function validateSheets(
  grids: Grid[],
  katalog: Katalog,
  cache = new ValidationCache()
): SheetReport[] {
  return grids.map((grid) => validateGrid(grid, katalog, cache));
}

/**
 * Validates every sheet of a workbook with one shared cache, then the workbook as a whole (the
 * cascading rules, where it holds several positions' IKI of one unit) and, where `banding` is
 * given, against an earlier year's workbook.
 */
export function validateWorkbook(
  grids: Grid[],
  katalog: Katalog,
  options: { banding?: Banding } = {}
): WorkbookReport {
  const report: WorkbookReport = { tables: [], findings: [] };
  const sheets = validateSheets(grids, katalog);
  for (const sheet of sheets) {
    // One push per item: spreading a sheet's findings as arguments overflows the stack on
    // large sheets (150,000 rows).
    for (const t of sheet.tables) report.tables.push(t);
    for (const f of sheet.findings) report.findings.push(f);
  }
  for (const f of validateCascade(sheets, katalog)) report.findings.push(f);
  if (options.banding)
    for (const f of validateBanding(options.banding.sheets, sheets, katalog, options.banding.nama))
      report.findings.push(f);
  return report;
}
export {
  textReport,
  textFileReport,
  textClosing,
  htmlReport,
  summaryLine,
  counts,
  groupFindings,
  groupByColumn,
  asSentence,
  SEVERITY_LABEL,
} from "./report";
export type { FileReport, ColumnGroup } from "./report";
