/**
 * What a validation rule is (one module per rule in this folder, listed in ./index.ts) and what
 * it is given. A rule has an id, a severity, an Indonesian title and a check; its table of valid
 * and invalid examples is `<id>.examples.ts` beside it, test data that only the tests import
 * (test/unit/validate/rules.test.ts runs every table).
 */
import type { EntriMatch, Katalog } from "../../catalogue/katalog";
import type { Entri, Jabatan, Unit } from "../../catalogue/types";
import type { Grid, GridReader } from "../../grid";
import type { RecordCells } from "../records";
import type { RumusParse, ShapeFacts } from "../../rumus";
import type { ValidationCache } from "../cache";
import type { DetectedTable, RejectedHeader } from "../detectTables";
import type { Finding, IndicatorRef, Severity, TableSummary } from "../findings";
import type { MeasureSet } from "../measureColumns";

/** Reports a finding of the calling rule at a grid cell; the message gets the address prefixed. */
export type Report = (
  row: number,
  col: number,
  message: string,
  extra?: Omit<Partial<Finding>, "rule" | "severity">
) => void;

export interface SheetScope {
  grid: Grid;
  reader: GridReader;
  katalog: Katalog;
  cache: ValidationCache;
  /** Header-like rows that were not accepted as tables. */
  rejected: RejectedHeader[];
}

export interface TableScope extends SheetScope {
  table: DetectedTable;
  /** The table's Target / Realisasi / Capaian columns, per period. */
  ukur: MeasureSet[];
  /**
   * What the table's title or sheet says it holds: where one indicator is in the catalogue both as
   * a unit's IKU and a position's IKI (same text, same formula), the row is matched at this level.
   */
  tingkat?: "iki" | "iku";
}

/** How the row's formula stands against its catalogue entry. */
export type CatalogueVerdict =
  /** No catalogue entry with a formula: the formula's shape alone is judged. */
  | { kind: "tanpa-katalog" }
  /** Equivalent to the catalogue's correction, or to a decreed formula without defects. */
  | { kind: "sesuai" }
  /** Equivalent to a decreed formula with formula defects, for which the catalogue has a correction. */
  | { kind: "cacat-katalog"; defects: string[]; koreksi: string }
  /** Equivalent to neither: `reference` is what the catalogue asks for. */
  | { kind: "tidak-sesuai"; reference: string; reasons: string[] };

/** One indicator row of a table (rows continuing a merged indicator are not visited). */
export interface RowScope extends TableScope {
  /** Grid row (for a record, the row of its name field). */
  r: number;
  /** For a record: where its fields' values are (support.ts `cellOf` reads a role's cell). */
  record: RecordCells | undefined;
  /** The indicator's text (a leading "1." removed). */
  indikator: string;
  /** Texts shown in the row's cells (a merged cell's text on every row it covers). */
  rumus: string;
  /**
   * How many cells the formula was read from: 1 for a Rumus cell, more for a fraction over a
   * Pembilang and a Penyebut column or spread over rows. A one-cell quick fix fits only the first.
   */
  rumusCells: number;
  /**
   * Where a formula written over rows typed as its parts is reported: the denominator's text,
   * or the part cell that should have been the denominator (fractionRows.ts). Else undefined:
   * the row's Rumus cell.
   */
  rumusAt: { r: number; c: number } | undefined;
  sumber: string;
  pj: string;
  /** What the first row of the row's group (numbered row or merged cell) supplies. */
  group: { sasaran: string; sumber: string; pj: string };
  /** The number written in the No column when this row starts a group, and the one before it. */
  number?: number;
  previousNumber?: number;
  /** A code in the No column ("1.a.1") that an earlier row of the table already has. */
  repeatedCode?: string;
  /** The best catalogue match, and its entry when it is not "tidak-dikenal". */
  match?: EntriMatch;
  entri?: Entri;
  /** What the table says of the unit: true for %, false for another unit, undefined when silent. */
  persen?: boolean;
  /** The parsed formula (empty when the table has no Rumus column or the cell is empty). */
  parsed(): RumusParse;
  /** The formula against the catalogue (computed once per row). */
  verdict(): CatalogueVerdict;
}

/** A formula the catalogue did not settle: its shape is judged by the formula rules. */
export interface FormulaInput {
  parsed: RumusParse;
  /** Facts about the formula's shape, when it was read as a tree. */
  facts?: ShapeFacts;
}

interface RuleBase {
  /** The rule's id, which is also its file's name (the registry's keys make `RuleId`). */
  id: string;
  severity: Severity;
  /** Short Indonesian name for grouped reports. */
  title: string;
}

export interface SheetRule extends RuleBase {
  scope: "sheet";
  check(scope: SheetScope, report: Report): void;
}
export interface TableRule extends RuleBase {
  scope: "table";
  check(scope: TableScope, report: Report): void;
}
export interface RowRule extends RuleBase {
  scope: "row";
  check(scope: RowScope, report: Report): void;
}
/**
 * Runs on Rumus cells with text the catalogue did not settle; returns the message of a finding
 * at the Rumus cell, or nothing. Judges the formula alone (also usable without a table).
 */
export interface FormulaRule extends RuleBase {
  scope: "formula";
  check(formula: FormulaInput): string | undefined;
}

/** A table of one position of the unit, as the workbook-wide rules see it. */
export interface PositionTable {
  jabatan: Jabatan;
  table: TableSummary;
  rows: IndicatorRef[];
}

/**
 * A workbook holding the IKI tables of several positions of one unit (only then do the
 * workbook-wide rules run): the tables whose position is known, in workbook order.
 */
export interface WorkbookScope {
  katalog: Katalog;
  unit: Unit;
  /** The IKI/IKU tables (not the SKP). */
  tables: PositionTable[];
  /** The SKP tables whose position is known (issue #28). */
  skp: PositionTable[];
}

/** Reports a finding of the calling rule at a cell of any sheet; the address is prefixed. */
export type ReportAt = (
  at: { sheet: string; cell: string; row: number },
  message: string,
  extra?: Omit<Partial<Finding>, "rule" | "severity" | "sheet" | "cell" | "row">
) => void;

/** Runs once per unit over the whole workbook, after every sheet was checked. */
export interface WorkbookRule extends RuleBase {
  scope: "workbook";
  /**
   * Runs on the SKP tables, also where the workbook holds one position only (its IKI table and
   * its SKP); the other workbook rules need the tables of two positions or more.
   */
  skp?: true;
  check(scope: WorkbookScope, report: ReportAt): void;
}

/** One unit's IKU tables as read from one workbook (the IKU-level rows only). */
export interface IkuSet {
  /** The workbook's name as the user gave it ("IKU 2024.xlsx"). */
  nama: string;
  /** The unit, where the tables' position says it. */
  unit?: Unit;
  tables: Array<{ table: TableSummary; rows: IndicatorRef[] }>;
}

/**
 * Two workbooks of one unit, an earlier year's and the one checked (`periksa --banding`, the
 * pane's "Bandingkan dengan"): the comparison rules report in the one checked.
 */
export interface BandingScope {
  katalog: Katalog;
  lama: IkuSet;
  baru: IkuSet;
}

/** Runs once per unit found in both workbooks, only when a comparison is asked for. */
export interface BandingRule extends RuleBase {
  scope: "banding";
  check(scope: BandingScope, report: ReportAt): void;
}

export type Rule = SheetRule | TableRule | RowRule | FormulaRule | WorkbookRule | BandingRule;
