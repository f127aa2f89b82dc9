/**
 * The Excel JavaScript APIs without undo support, from Microsoft's "Undo support with the Excel
 * JavaScript API" (office-js-docs-pr, docs/excel/excel-add-ins-undo-capabilities.md, 2025-09-09):
 * calling one clears the user's whole undo stack from that call on. The adapters must not call
 * them in ordinary edits; test/unit/excel/undoSafe.test.ts reads the adapters with the type
 * checker and fails on any call or assignment below. `where`: the Excel that lacks undo for it.
 */
export interface UndoUnsupported {
  /** The Excel type (the adapters' X-interface without its "X"). */
  type: string;
  member: string;
  /** "call": a method; "set": a property assigned. */
  kind: "call" | "set";
  where: "semua" | "web" | "Windows dan Mac";
}

const calls = (type: string, members: string[], where: UndoUnsupported["where"]) =>
  members.map((member) => ({ type, member, kind: "call" as const, where }));
const sets = (type: string, members: string[], where: UndoUnsupported["where"]) =>
  members.map((member) => ({ type, member, kind: "set" as const, where }));

export const UNDO_UNSUPPORTED: readonly UndoUnsupported[] = [
  ...calls("AllowEditRange", ["delete", "pauseProtection", "setPassword"], "semua"),
  ...sets("AllowEditRange", ["address", "title"], "semua"),
  ...calls("AllowEditRangeCollection", ["add", "pauseProtection"], "semua"),
  ...sets("Chart", ["categoryLabelLevel", "seriesNameLevel"], "semua"),
  ...sets(
    "ChartPivotOptions",
    [
      "showAxisFieldButtons",
      "showLegendFieldButtons",
      "showReportFilterFieldButtons",
      "showValueFieldButtons",
    ],
    "web"
  ),
  ...sets("ChartTrendlineLabel", ["formula"], "web"),
  ...calls("DataConnectionCollection", ["refreshAll"], "semua"),
  ...sets(
    "DocumentProperties",
    [
      "author",
      "category",
      "comments",
      "company",
      "keywords",
      "manager",
      "revisionNumber",
      "subject",
      "title",
    ],
    "web"
  ),
  ...calls("LinkedWorkbook", ["refresh"], "semua"),
  ...calls("LinkedWorkbookCollection", ["refreshAll"], "semua"),
  ...sets("NamedItem", ["comment"], "web"),
  ...calls("Query", ["delete", "refresh"], "web"),
  ...calls("QueryCollection", ["refreshAll"], "web"),
  ...sets("Slicer", ["name", "nameInFormula"], "web"),
  ...sets(
    "Style",
    [
      "addIndent",
      "autoIndent",
      "formulaHidden",
      "horizontalAlignment",
      "includeAlignment",
      "includeBorder",
      "includeFont",
      "includeNumber",
      "includePatterns",
      "includeProtection",
      "indentLevel",
      "locked",
      "numberFormat",
      "numberFormatLocal",
      "orientation",
      "readingOrder",
      "shrinkToFit",
      "textOrientation",
      "verticalAlignment",
      "wrapText",
    ],
    "web"
  ),
  ...["PivotTableStyle", "SlicerStyle", "TableStyle", "TimelineStyle"].flatMap((t) => [
    ...calls(t, ["delete", "duplicate"], "web"),
    ...sets(t, ["name"], "web"),
    ...calls(`${t}Collection`, ["add", "setDefault"], "web"),
  ]),
  ...calls("Workbook", ["close", "insertWorksheetsFromBase64", "save"], "semua"),
  ...calls("WorkbookProtection", ["protect", "unprotect"], "semua"),
  ...calls("Worksheet", ["copy", "delete"], "semua"),
  ...sets("Worksheet", ["name", "position", "visibility"], "Windows dan Mac"),
  ...sets("Worksheet", ["standardWidth"], "web"),
  ...calls("WorksheetCollection", ["addFromBase64"], "semua"),
  ...calls("WorksheetProtection", ["pauseProtection", "protect"], "semua"),
];
