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
import { Finding, SheetReport, TableSummary } from "./findings";

export interface WorkbookReport {
  tables: TableSummary[];
  findings: Finding[];
}

/**
 * Validates every sheet of a workbook with one shared cache, then the workbook as a whole (the
 * cascading rules, where it holds several positions' IKI of one unit).
 */
export function validateWorkbook(grids: Grid[], katalog: Katalog): WorkbookReport {
  const cache = new ValidationCache();
  const report: WorkbookReport = { tables: [], findings: [] };
  const sheets: SheetReport[] = [];
  for (const grid of grids) {
    const sheet = validateGrid(grid, katalog, cache);
    sheets.push(sheet);
    // One push per item: spreading a sheet's findings as arguments overflows the stack on
    // large sheets (150,000 rows).
    for (const t of sheet.tables) report.tables.push(t);
    for (const f of sheet.findings) report.findings.push(f);
  }
  for (const f of validateCascade(sheets, katalog)) report.findings.push(f);
  return report;
}
export {
  textReport,
  htmlReport,
  summaryLine,
  counts,
  groupFindings,
  groupByColumn,
  asSentence,
  SEVERITY_LABEL,
} from "./report";
export type { FileReport, ColumnGroup } from "./report";
