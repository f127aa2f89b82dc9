/** What the validator reports. Rule ids are fixed (issue #5); messages are Indonesian. */
export type Severity = "error" | "warning" | "info";

import type { RuleId } from "./rules";
export type { RuleId };

/** Severities and titles come from the rule modules (./rules). */
export { SEVERITY, RULE_TITLE } from "./rules";

/** A one-click correction the task pane can offer (the answer is certain). */
export interface QuickFix {
  label: string;
  /** Cell address on the same sheet and the text to write there. */
  cell: string;
  value: string;
  /**
   * The fix writes a catalogue value into an empty cell: safe to apply in bulk ("Perbaiki
   * semua"), which still writes only into cells that are empty when it runs.
   */
  isiKosong?: boolean;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  /** 1-based Excel row. */
  row: number;
  message: string;
  suggestion?: string;
  /** Catalogue entry the finding refers to, when matched. */
  entri?: string;
  fix?: QuickFix;
}

export interface TableSummary {
  sheet: string;
  /** Header row range, e.g. "A8:F8". */
  header: string;
  /** First and last body row, 1-based. */
  rows: [number, number];
  indicatorRows: number;
  /** The catalogue position the table belongs to, read from its identity block or title. */
  jabatan?: string;
  /** That position's unit, by its catalogue name ("Kecamatan Candipuro"). */
  unit?: string;
  /** "rekaman": indicator records written one field per row (a table of rows says nothing). */
  bentuk?: "rekaman";
  /** "skp": the table is an SKP (RHK, aspek or perspektif, indicators, targets), issue #28. */
  jenis?: "skp";
  /** Column roles inferred from content, not read from the header ("kolom C dianggap ..."). */
  dugaan?: string[];
}

/** An indicator row as the workbook-wide (cascading) rules see it. */
export interface IndicatorRef {
  sheet: string;
  /** The indicator's cell. */
  cell: string;
  /** 1-based Excel row. */
  row: number;
  indikator: string;
  /** The catalogue entry it matches (the same wording, or a misspelling of it). */
  entri?: string;
  /** The indicator of the level above it supports, as written in the row (an "induk" column). */
  induk?: string;
  /** The row's sasaran (its group's, where the cell is merged or left empty below the first). */
  sasaran?: string;
  /** The year's target as written ("100", "80 %"), where the table has a Target column. */
  target?: string;
  /** Targets per quarter (TW I-IV) as written, where the table has them. */
  targetTriwulan?: string[];
  /** The row's formula as written, where it has one. */
  rumus?: string;
  /** The row is at IKU or sasaran level (rules/ikuLevel.ts), as the IKU comparison reads it. */
  iku?: true;
}

/** One table's indicators and the position they belong to. */
export interface TableIndicators {
  table: TableSummary;
  rows: IndicatorRef[];
}

export interface SheetReport {
  tables: TableSummary[];
  findings: Finding[];
  /** Per table (in `tables` order): its indicator rows, for the workbook-wide rules. */
  indicators: TableIndicators[];
}
