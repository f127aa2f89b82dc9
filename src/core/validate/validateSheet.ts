/**
 * The validator: finds the tables of a grid and runs the rules of ./rules (one module per rule,
 * in the registry's order) over the sheet, each table and each indicator row. It reports what a
 * careful reviewer at the Bagian Organisasi would, and nothing that is fine (heuristics that can
 * be wrong are "info").
 */
import { EntriMatch, Katalog, TYPO_THRESHOLD } from "../catalogue/katalog";
import type { Entri } from "../catalogue/types";
import { address, Grid, GridReader, sheetRow } from "../grid";
import { RumusParse } from "../rumus";
import { PERCENT_NAME } from "../rumus/vocabulary";
import { ValidationCache } from "./cache";
import type { ColumnRole } from "./columnVocabulary";
import { DetectedTable, RejectedHeader } from "./detectTables";
import { findTables } from "./findTables";
import { RecordCells, recordText } from "./records";
import {
  Finding,
  IndicatorRef,
  RuleId,
  SheetReport,
  TableIndicators,
  TableSummary,
} from "./findings";
import { positionTexts, resolvePosition, resolveUnit, tableLevel } from "./tablePosition";
import { isIsian } from "../template/skpVocabulary";
import { capaianAsFractions, MeasureSet, measureColumns } from "./measureColumns";
import { RULES } from "./rules";
import { describingColumns, isGroupHeading } from "./summaryRows";
import { SpreadFormula, spreadFormula } from "./spreadFormula";
import { FractionRows, fractionLayout } from "./fractionRows";
import { cellFacts } from "./cellKind";
import { cellOf, similarText, usableKoreksi } from "./rules/support";
import { atIkuLevel } from "./rules/ikuLevel";
import {
  CatalogueVerdict,
  FormulaRule,
  Report,
  Rule,
  RowRule,
  RowScope,
  SheetRule,
  SheetScope,
  TableRule,
  TableScope,
} from "./rules/types";

export { ValidationCache } from "./cache";

/** Catalogue defects that concern the formula itself (not the indicator's wording or SD/PJ). */
const FORMULA_DEFECTS = new Set([
  "pecahan-terbalik",
  "pembilang-sama-penyebut",
  "persen-di-penyebut",
  "basis-pertumbuhan-salah",
  "tanpa-penyebut",
  "tanpa-kali-100",
  "kurung-tidak-seimbang",
  "pembagi-rata-rata",
  "kali-100-ganda",
  "satuan-tidak-sepadan",
  "memuat-target",
  "rumus-tidak-sesuai-indikator",
  "variabel-tidak-didefinisikan",
  "lainnya",
]);

const NUMBER = /^(\d+)\.?$/;
/** A hierarchical code in the No column ("1.a.1", "2.1.3"): unique, but not counted. */
const CODE = /^(?:\d+|[IVX]{1,5}|[A-Z])(\.[0-9a-z]+)+\.?$/i;
const TARGET_WORD = /\btarget\b/i;
/** A cell holding only dashes ("-", "–", "- -") is a cell left unfilled, as staff mark it. */
const ONLY_DASHES = /^[-–—\s]+$/;
const filled = (text: string) => (ONLY_DASHES.test(text) ? "" : text);

/**
 * The row's targets as written: the year's (the Target column without a period, else the latest
 * year's) and, where the table has them, TW I-IV's (for the SKP and its Rencana Aksi).
 */
function targetsOf(
  reader: GridReader,
  r: number,
  ukur: MeasureSet[]
): { target?: string; targetTriwulan?: string[] } {
  const text = (col: number) => filled(reader.text(r, col)).trim();
  const annual =
    ukur.find((s) => s.period === "") ??
    ukur
      .filter((s) => /^(19|20)\d\d$/.test(s.period))
      .sort((a, b) => b.period.localeCompare(a.period))[0];
  const quarters = [1, 2, 3, 4].map((q) => ukur.find((s) => s.period === `tw ${q}`));
  const out: { target?: string; targetTriwulan?: string[] } = {};
  if (annual && text(annual.target)) out.target = text(annual.target);
  if (quarters.every(Boolean)) {
    const tw = quarters.map((s) => text(s!.target));
    if (tw.some(Boolean)) out.targetTriwulan = tw;
  }
  return out;
}

const byScope = <S extends Rule["scope"]>(scope: S) =>
  RULES.filter((r): r is Extract<Rule, { scope: S }> => r.scope === scope);
const SHEET_RULES: SheetRule[] = byScope("sheet");
const TABLE_RULES: TableRule[] = byScope("table");
const ROW_RULES: RowRule[] = byScope("row");
const FORMULA_RULES: FormulaRule[] = byScope("formula");

function reporter(grid: Grid, findings: Finding[], rule: Rule): Report {
  return (row, col, message, extra = {}) => {
    const cell = address(grid, row, col);
    findings.push({
      rule: rule.id as RuleId,
      severity: rule.severity,
      sheet: grid.sheet,
      cell,
      row: sheetRow(grid, row) + 1,
      message: `${cell}: ${message}`,
      ...extra,
    });
  };
}

/**
 * What the table says of the row's unit: a percentage when its Satuan is "%" or "persen" or its
 * Capaian is written in % ("......%", "87,5 %"); not one when its Satuan names another unit
 * ("rasio", "indeks", "orang"); undefined when it says nothing (the indicator's name decides).
 */
function measuredInPercent(texts: RowTexts): boolean | undefined {
  if (texts.satuan !== "") return /%|\bpersen|\bprosen|\bpersentase/i.test(texts.satuan);
  const capaian = texts.capaian;
  return /%\s*$/.test(capaian) && !/[a-z]{3,}/i.test(capaian) ? true : undefined;
}

/** The texts of a row's cells the row scope is built from (dashes-only cells read as empty). */
interface RowTexts {
  rumus: string;
  pembilang: string;
  penyebut: string;
  sumber: string;
  pj: string;
  satuan: string;
  /** The Capaian cell's own text, as written (for a unit in "%"). */
  capaian: string;
}

function rowTexts(reader: GridReader, r: number, col: DetectedTable["columns"]): RowTexts {
  const shown = (c: number | undefined) => (c === undefined ? "" : filled(reader.text(r, c)));
  return {
    rumus: shown(col.rumus),
    pembilang: shown(col.pembilang),
    penyebut: shown(col.penyebut),
    sumber: shown(col.sumber),
    pj: shown(col.pj),
    satuan: shown(col.satuan),
    capaian: col.capaian === undefined ? "" : reader.ownText(r, col.capaian),
  };
}

function recordTexts(reader: GridReader, cells: RecordCells["cells"]): RowTexts {
  const shown = (role: ColumnRole) => filled(recordText(reader, cells[role]));
  return {
    rumus: shown("rumus"),
    pembilang: shown("pembilang"),
    penyebut: shown("penyebut"),
    sumber: shown("sumber"),
    pj: shown("pj"),
    satuan: shown("satuan"),
    capaian: "",
  };
}

/** Validates every table of one sheet. */
export function validateGrid(
  grid: Grid,
  katalog: Katalog,
  cache = new ValidationCache()
): SheetReport {
  const steps = validateGridSteps(grid, katalog, cache);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Indicator rows checked between two pauses of validateGridSteps. */
const STEP_ROWS = 500;

/**
 * validateGrid in steps, for a caller that must stay responsive (the task pane on a 50,000-row
 * sheet): pauses every STEP_ROWS body rows, yielding the share of the sheet's body rows done
 * (0-1), and returns the same report as validateGrid.
 */
export function* validateGridSteps(
  grid: Grid,
  katalog: Katalog,
  cache = new ValidationCache()
): Generator<number, SheetReport, void> {
  const reader = new GridReader(grid);
  const findings: Finding[] = [];
  const reporters = new Map<Rule, Report>(RULES.map((r) => [r, reporter(grid, findings, r)]));
  const rejected: RejectedHeader[] = [];
  const detected = findTables(reader, rejected);
  const sheet: SheetScope = { grid, reader, katalog, cache, rejected };
  const tables: TableSummary[] = [];
  const indicators: TableIndicators[] = [];
  let lastJabatan: string | undefined;

  for (const rule of SHEET_RULES) rule.check(sheet, reporters.get(rule)!);
  const progress = { done: 0, total: detected.reduce((n, t) => n + t.bodyRows.length, 0) || 1 };
  for (const [index, table] of detected.entries()) {
    const ukur = measureColumns(table).map((set) =>
      capaianAsFractions(reader, table.bodyRows, set) ? { ...set, pecahan: true } : set
    );
    const refs: IndicatorRef[] = [];
    const matched: Entri[] = [];
    const previousTable = detected[index - 1];
    const titleFrom = previousTable
      ? (previousTable.bodyRows[previousTable.bodyRows.length - 1] ?? previousTable.lastHeaderRow) +
        1
      : 0;
    const tingkat = tableLevel(reader, titleFrom, table.headerRow, grid.sheet, table.lastCol);
    const indicatorRows = yield* validateTable(
      { ...sheet, table, ukur, tingkat },
      reporters,
      progress,
      (row) => {
        const at = cellOf(row, "indikator") ?? { r: row.r, c: table.firstCol };
        refs.push({
          sheet: grid.sheet,
          cell: address(grid, at.r, at.c),
          row: sheetRow(grid, row.r) + 1,
          indikator: row.indikator,
          ...(row.entri ? { entri: row.entri.id } : {}),
          // A template's mark ("[RHK pimpinan yang diintervensi]") names nothing yet.
          ...(table.columns.induk !== undefined &&
          filled(reader.text(row.r, table.columns.induk)) &&
          !isIsian(reader.text(row.r, table.columns.induk))
            ? { induk: filled(reader.text(row.r, table.columns.induk)) }
            : {}),
          ...(filled(row.group.sasaran) ? { sasaran: filled(row.group.sasaran) } : {}),
          ...targetsOf(reader, row.r, ukur),
          ...(filled(row.rumus) ? { rumus: filled(row.rumus) } : {}),
          ...(atIkuLevel(row) ? { iku: true as const } : {}),
        });
        if (row.entri) matched.push(row.entri);
      }
    );
    const first = table.bodyRows[0] ?? table.lastHeaderRow;
    const last = Math.max(
      table.bodyRows[table.bodyRows.length - 1] ?? table.lastHeaderRow,
      ...table.ringkasan.map((x) => x.r),
      ...(table.records ?? []).map((x) => x.lastRow)
    );
    // The position is read between the previous table's end and this table's header.
    const previous = detected[index - 1];
    const above = previous
      ? (previous.bodyRows[previous.bodyRows.length - 1] ?? previous.lastHeaderRow) + 1
      : 0;
    // What is above the table, else the table above's position (one identity block over several
    // tables), else the sheet's name.
    const texts = positionTexts(reader, above, table.headerRow, grid.sheet, table.lastCol);
    const jabatan =
      resolvePosition(katalog, texts.near, matched) ??
      (lastJabatan ? katalog.jabatan(lastJabatan) : undefined) ??
      resolvePosition(katalog, texts.sheet, matched);
    lastJabatan = jabatan?.id;
    const unit = jabatan
      ? katalog.unit(jabatan.unit)
      : (resolveUnit(katalog, texts.near, matched, indicatorRows) ??
        resolveUnit(katalog, texts.sheet, []));
    const summary: TableSummary = {
      sheet: grid.sheet,
      header: `${address(grid, table.lastHeaderRow, table.firstCol)}:${address(grid, table.lastHeaderRow, table.lastCol)}`,
      rows: [sheetRow(grid, first) + 1, sheetRow(grid, last) + 1],
      indicatorRows,
      ...(jabatan ? { jabatan: jabatan.id } : {}),
      ...(unit ? { unit: unit.nama } : {}),
      ...(table.bentuk === "rekaman" ? { bentuk: "rekaman" as const } : {}),
      ...(table.jenis === "skp" ? { jenis: "skp" as const } : {}),
      ...(table.dugaan.length > 0 ? { dugaan: table.dugaan } : {}),
    };
    tables.push(summary);
    indicators.push({ table: summary, rows: refs });
  }
  return { tables, findings, indicators };
}

function* validateTable(
  scope: TableScope,
  reporters: Map<Rule, Report>,
  progress: { done: number; total: number },
  visit: (row: RowScope) => void
): Generator<number, number, void> {
  const { reader, table } = scope;
  const col = table.columns;
  for (const rule of TABLE_RULES) rule.check(scope, reporters.get(rule)!);

  if (table.bentuk === "rekaman") return yield* validateRecords(scope, reporters, progress, visit);
  // Indicators across the columns: the rows are reports of values, with nothing a row rule checks.
  if (table.indikatorLintang) {
    progress.done += table.bodyRows.length;
    return table.indikatorLintang.length;
  }
  let group: RowScope["group"] | undefined;
  let lastNumber: number | undefined;
  const codes = new Set<string>();
  let count = 0;
  const describing = describingColumns(
    col,
    table.measures.map((m) => m.col)
  );
  const fractions = fractionLayout(reader, table);
  for (let i = 0; i < table.bodyRows.length; i++) {
    if (++progress.done % STEP_ROWS === 0) yield progress.done / progress.total;
    const r = table.bodyRows[i];
    const shown = (c: number | undefined) => (c === undefined ? "" : filled(reader.text(r, c)));
    const noText = col.no === undefined ? "" : reader.ownText(r, col.no);
    let number: number | undefined;
    const previousNumber = lastNumber;
    // A numbered row starts a group; so does the first row, numbered or not.
    if (col.no === undefined || noText !== "" || group === undefined) {
      group = { sasaran: shown(col.sasaran), sumber: shown(col.sumber), pj: shown(col.pj) };
      const n = NUMBER.exec(noText);
      if (n && col.no !== undefined) lastNumber = number = Number(n[1]);
    }
    let repeatedCode: string | undefined;
    if (CODE.test(noText)) {
      const code = noText.replace(/\.$/, "").toLowerCase();
      if (codes.has(code)) repeatedCode = noText;
      codes.add(code);
    }

    const indicatorMerge = reader.merge(r, col.indikator!);
    // The same indicator, merged down: not a row of its own, unless a measurement table measures
    // it again on this row (a program and its sub-kegiatan under one indicator).
    if (indicatorMerge && indicatorMerge.top !== r && !measuredHere(reader, r, table)) continue;
    // The same indicator's other part (its denominator row): one indicator with its first row.
    if (fractions?.continuation.has(r)) continue;
    const shownIndicator = reader.text(r, col.indikator!).replace(/^\d+\.\s*/, "");
    // A table of one indicator per period: each row (a year, a quarter) measures that indicator.
    const indikator = shownIndicator === "" ? "" : (table.namaIndikator ?? shownIndicator);
    if (indikator === "") continue;
    if (isGroupHeading(reader, r, col, describing, table.firstCol)) {
      // Numbers and codes restart under each heading ("1.1" under one fokus and the next), and
      // the heading's own cells (a "MISI 1 : ..." merged across the table) fill no group.
      codes.clear();
      lastNumber = undefined;
      group = undefined;
      continue;
    }
    count++;

    const spread = spreadFormula(reader, table, i);
    const texts = rowTexts(reader, r, col);
    const row = rowScope(
      scope,
      r,
      undefined,
      indikator,
      group!,
      number,
      previousNumber,
      texts,
      spread,
      fractions?.byFirstRow.get(r)
    );
    if (repeatedCode) row.repeatedCode = repeatedCode;
    checkRow(row, reporters, visit);
  }
  return count;
}

/** Whether a measurement table's row holds measures of its own (a target, realisasi or capaian). */
function measuredHere(reader: GridReader, r: number, table: DetectedTable): boolean {
  if (table.jenis !== "pengukuran") return false;
  return table.measures.some((m) => {
    const own = reader.ownText(r, m.col);
    return own !== "" && cellFacts(own).kind === "angka";
  });
}

/** Runs the row rules on one indicator row, then the formula rules when the catalogue did not settle it. */
function checkRow(
  row: RowScope,
  reporters: Map<Rule, Report>,
  visit: (row: RowScope) => void
): void {
  for (const rule of ROW_RULES) rule.check(row, reporters.get(rule)!);
  visit(row);
  const cell = cellOf(row, "rumus");
  if (cell === undefined || row.rumus === "") return;
  const verdict = row.verdict().kind;
  if (verdict !== "tanpa-katalog" && verdict !== "tidak-sesuai") return; // the catalogue settled it
  const parsed = row.parsed();
  const formula = { parsed, ...(parsed.facts ? { facts: parsed.facts } : {}) };
  const ref = row.entri ? { entri: row.entri.id } : {};
  for (const rule of FORMULA_RULES) {
    const message = rule.check(formula);
    if (message !== undefined) reporters.get(rule)!(cell.r, cell.c, message, ref);
  }
}

/** Each record of a records table, read into the same roles as a row and checked alike. */
function* validateRecords(
  scope: TableScope,
  reporters: Map<Rule, Report>,
  progress: { done: number; total: number },
  visit: (row: RowScope) => void
): Generator<number, number, void> {
  const { reader, table } = scope;
  let count = 0;
  for (const record of table.records ?? []) {
    if (++progress.done % STEP_ROWS === 0) yield progress.done / progress.total;
    const indikator = filled(recordText(reader, record.cells.indikator));
    if (indikator === "") continue;
    count++;
    const texts = recordTexts(reader, record.cells);
    const group = { sasaran: "", sumber: texts.sumber, pj: texts.pj };
    const row = rowScope(
      scope,
      record.anchor.r,
      record,
      indikator,
      group,
      undefined,
      undefined,
      texts,
      undefined
    );
    checkRow(row, reporters, visit);
  }
  return count;
}

function rowScope(
  scope: TableScope,
  r: number,
  record: RecordCells | undefined,
  indikator: string,
  group: RowScope["group"],
  number: number | undefined,
  previousNumber: number | undefined,
  texts: RowTexts,
  spread: SpreadFormula | undefined,
  fraction?: FractionRows
): RowScope {
  const persen = measuredInPercent(texts);
  const fractionParse = fraction
    ? scope.cache.parseFraction(fraction.pembilang, fraction.penyebut, indikator, persen)
    : undefined;
  const rumus =
    fractionParse?.raw ??
    spread?.text ??
    formulaText(texts, persen ?? PERCENT_NAME.test(indikator));
  const pj = texts.pj;
  const match = bestMatch(scope, indikator, rumus, pj);
  const entri = match && match.kind !== "tidak-dikenal" ? match.entri : undefined;
  let parsed: RumusParse | undefined;
  let verdict: CatalogueVerdict | undefined;
  // One object literal of a fixed shape per row (spreading the scope and optional fields gave
  // every row its own shape and doubled the validator's time on 10,000 rows).
  const row: RowScope = {
    grid: scope.grid,
    reader: scope.reader,
    katalog: scope.katalog,
    cache: scope.cache,
    rejected: scope.rejected,
    table: scope.table,
    ukur: scope.ukur,
    tingkat: scope.tingkat,
    r,
    record,
    indikator,
    rumus,
    rumusCells: fraction
      ? fraction.rows.length
      : spread
        ? spread.cells
        : texts.rumus === "" && texts.pembilang !== ""
          ? 2
          : 1,
    rumusAt: fraction?.at,
    sumber: texts.sumber,
    pj,
    group,
    number,
    previousNumber,
    repeatedCode: undefined,
    match,
    entri,
    persen,
    parsed: () => (parsed ??= scope.cache.parse(rumus, indikator, persen)),
    verdict: () => (verdict ??= catalogueVerdict(row)),
  };
  return row;
}

/**
 * The row's formula: its Rumus cell, or a fraction written over a Pembilang and a Penyebut
 * column. Such tables state the unit beside the fraction (Satuan "%", Standar "100%"), so a
 * percentage's fraction is read as "x 100%".
 */
function formulaText(texts: RowTexts, percent: boolean): string {
  const rumus = texts.rumus;
  if (rumus !== "") return rumus;
  const num = texts.pembilang;
  const den = texts.penyebut;
  if (num === "" || den === "") return "";
  return `(${num}) / (${den})${percent ? " x 100%" : ""}`;
}

/** The row's formula against its catalogue entry: the correction, the decree, or neither. */
function catalogueVerdict(row: RowScope): CatalogueVerdict {
  const { entri, rumus, indikator, cache } = row;
  if (!entri || !entri.rumus || rumus === "") return { kind: "tanpa-katalog" };
  // A description with no computation in it ("Angka yang menunjukkan capaian dalam dimensi
  // kesehatan", under "Penjelasan/Formulasi") is no formula to set against the catalogue's.
  const own = row.parsed();
  if (own.kind === "lainnya" && (!own.expr || own.expr.type === "qty"))
    return { kind: "tanpa-katalog" };
  const koreksi = usableKoreksi(entri);
  const corrected = koreksi ? cache.compare(rumus, indikator, koreksi) : undefined;
  if (corrected?.equivalent) return { kind: "sesuai" }; // the intended formula
  const decreed = cache.compare(rumus, indikator, entri.rumus);
  const defects = (entri.cacat ?? []).filter((d) => FORMULA_DEFECTS.has(d.kode));
  // The catalogue's value is computed elsewhere (BPS, a survey): a formula written out in the
  // sheet says how that value is made, it does not contradict it.
  // Unless it divides by a target: that computes the achievement (capaian), not the indicator.
  if (
    !decreed.equivalent &&
    cache.parse(entri.rumus, indikator).kind === "nilai-eksternal" &&
    !TARGET_WORD.test(rumus)
  )
    return { kind: "sesuai" };
  if (decreed.equivalent) {
    // The decree's own formula. Its defect is worth a finding only when the catalogue has a
    // formula to change to; otherwise there is nothing to do in the sheet (the Katalog panel and
    // `iki-cek katalog` show the defect where the catalogue is kept).
    if (defects.length > 0 && koreksi)
      return { kind: "cacat-katalog", defects: defects.map((d) => d.catatan), koreksi };
    return { kind: "sesuai" };
  }
  return {
    kind: "tidak-sesuai",
    reference: koreksi ?? entri.rumus,
    reasons: (corrected ?? decreed).reasons,
  };
}

/**
 * The catalogue entry for an indicator. Several units share an indicator name ("Indeks
 * Kepuasan Masyarakat"); among equally good matches the one whose formula the row uses wins.
 */
function bestMatch(
  scope: TableScope,
  indikator: string,
  rumus: string,
  pj: string
): EntriMatch | undefined {
  const key = `${indikator}\u0000${rumus}\u0000${pj}\u0000${scope.tingkat ?? ""}`;
  if (scope.cache.matches.has(key)) return scope.cache.matches.get(key);
  const found = findBestMatch(scope, indikator, rumus, pj);
  scope.cache.matches.set(key, found);
  return found;
}

function findBestMatch(
  scope: TableScope,
  indikator: string,
  rumus: string,
  pj: string
): EntriMatch | undefined {
  // Only hits that can be the indicator or its misspelling matter here.
  const hits = scope.katalog.search(indikator, { limit: 30, minScore: TYPO_THRESHOLD });
  let top = hits.filter((h) => h.score === hits[0]?.score);
  if (top.length > 1 && rumus) {
    // The same indicator in several entries (a unit's IKU and a position's IKI): the one whose
    // formula the row has, then the one whose Penanggung Jawab the row names.
    const same = top.filter(
      (h) =>
        (h.entri.rumus && scope.cache.compare(rumus, indikator, h.entri.rumus).equivalent) ||
        (h.entri.rumusKoreksi &&
          scope.cache.compare(rumus, indikator, h.entri.rumusKoreksi).equivalent)
    );
    if (same.length > 0) top = same;
  }
  if (top.length > 1 && pj) {
    const responsible = top.find(
      (h) => h.entri.penanggungJawab && similarText(pj, h.entri.penanggungJawab)
    );
    if (responsible) return responsible;
  }
  if (top.length > 1 && scope.tingkat) {
    // Then the level the table's title or sheet names ("IKI ...": the position's entry).
    const level = top.filter((h) => (h.entri.level === "iki") === (scope.tingkat === "iki"));
    if (level.length > 0) top = level;
  }
  return top[0] ?? hits[0];
}
