/**
 * An in-memory Excel implementing the subset of the Office.js Excel API that src/excel uses,
 * with Excel-like address handling, merged areas, formats, notes and a count of
 * `context.sync()` calls. It backs the adapter tests and the browser demo (npm run demo), so the
 * real adapters run without Excel. Reading a property that was not loaded and synced throws,
 * as Office.js does.
 */
import { columnName, parseRange } from "../core/grid";
import type { ExcelHost } from "../excel/host";
import type {
  XChartCollection,
  XContext,
  XCustomXmlPart,
  XCustomXmlPartCollection,
  XCustomXmlPartScopedCollection,
  XDataValidation,
  XNote,
  XNoteCollection,
  XPageLayout,
  XRange,
  XRangeAreas,
  XRangeCollection,
  XRangeFormat,
  XShape,
  XShapeCollection,
  XShapeLineFormat,
  XTextFrame,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from "../excel/officeApi";

export type FakeValue = string | number | boolean;

interface FakeCell {
  value: FakeValue;
  formula?: string;
  fill?: string;
  bold?: boolean;
  note?: string;
}

type Area = { top: number; left: number; bottom: number; right: number };

/**
 * What Excel makes of a value written through Range.values or Range.formulas: it reads a string
 * as if typed, so "=..." is a formula, "+..." "-..." "@..." (not a number) become formulas too,
 * and a leading apostrophe is the text prefix (kept out of the value). Strict on purpose: text
 * the add-in writes unescaped shows up here as a formula, and a test fails.
 */
function readAsTyped(value: FakeValue): { formula?: string; value: FakeValue } {
  if (typeof value !== "string") return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith("=")) return { formula: value, value: "" };
  if (/^[+\-@]/.test(value) && !/^[+-]\s*\d+([.,]\d+)?\s*%?$/.test(value))
    return { formula: `=${value}`, value: "" };
  return { value };
}

/** The six margins of a page layout (left, right, top, bottom, header, footer), in points. */
function marginProps(
  s: FakeSheet
): Pick<
  XPageLayout,
  "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin"
> {
  const names = [
    "leftMargin",
    "rightMargin",
    "topMargin",
    "bottomMargin",
    "headerMargin",
    "footerMargin",
  ] as const;
  const props = {} as Record<(typeof names)[number], number>;
  names.forEach((n, i) =>
    Object.defineProperty(props, n, {
      enumerable: true,
      get: () => s.page.margins?.[i] ?? 0,
      set: (v: number) => {
        s.page.margins ??= [0, 0, 0, 0, 0, 0];
        s.page.margins[i] = v;
      },
    })
  );
  return props;
}

/** A shape as the fake keeps it (points, as Excel's shape geometry). */
export interface FakeShapeRecord {
  id: string;
  type: "GeometricShape" | "Line";
  geometry?: "Rectangle" | "RoundRectangle";
  connector?: "Straight" | "Elbow";
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  altText: string;
  text: string;
  font: { size: number; bold: boolean; color: string; name: string };
  /** Parts of the text with a font of their own (TextRange.getSubstring). */
  runs: Array<{ start: number; length: number; font: Partial<FakeShapeRecord["font"]> }>;
  fill?: string;
  line: { color: string; weight: number; dashStyle: string };
  margins: { left: number; right: number; top: number; bottom: number };
  verticalAlignment: string;
  autoSize: string;
  /** A connector's ends: the shape and its connection site (a rectangle has 4: top, left, bottom, right). */
  begin?: { shape: string; site: number };
  end?: { shape: string; site: number };
}

/** Connection sites of the geometries the fake draws (DrawingML's rect: top, left, bottom, right). */
const CONNECTION_SITES = { Rectangle: 4, RoundRectangle: 4 } as const;
const DASH_STYLES = new Set([
  "Solid",
  "Dash",
  "RoundDot",
  "SquareDot",
  "LongDash",
  "DashDot",
  "SystemDash",
]);
const HEX = /^#[0-9A-Fa-f]{6}$/;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Area[] = [];
  frozenRows = 0;
  printTitleRows = "";
  orientation: XPageLayout["orientation"] = "Portrait";
  paperSize: XPageLayout["paperSize"] = "Letter";
  fitToWidth = false;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  autofitRows = new Set<number>();
  /** Page setup beyond orientation and paper, as the writer set it (points). */
  page: { margins?: number[]; centered?: boolean; footer?: string; breaks: number[] } = {
    breaks: [],
  };
  /** Data validation rules as the writer set them, per area. */
  readonly validations: Array<{
    area: Area;
    rule?: Excel.DataValidationRule;
    errorAlert?: Excel.DataValidationErrorAlert;
  }> = [];
  /** Charts added, with the areas of their values and categories. */
  readonly charts: Array<{
    type: string;
    values: Area;
    categories?: Area;
    title: string;
    legend: boolean;
    position?: [string, string?];
  }> = [];
  /** Shapes added (ExcelApi 1.9), in order: rectangles with text, and connectors. */
  readonly shapes: FakeShapeRecord[] = [];
  constructor(public name: string) {}

  key(r: number, c: number): string {
    return `${r},${c}`;
  }
  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  ensure(r: number, c: number): FakeCell {
    let cell = this.cells.get(this.key(r, c));
    if (!cell) this.cells.set(this.key(r, c), (cell = { value: "" }));
    return cell;
  }
  /**
   * The used rectangle, or undefined when the sheet is empty: cells with a value or formula, and
   * unless `valuesOnly`, also cells with only a fill, bold or a note (as Excel counts formats).
   */
  used(valuesOnly = true): Area | undefined {
    let area: Area | undefined;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== "" || !!cell.formula;
      const hasFormat = cell.fill !== undefined || !!cell.bold || cell.note !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [r, c] = k.split(",").map(Number);
      if (!area) area = { top: r, left: c, bottom: r, right: c };
      else {
        area.top = Math.min(area.top, r);
        area.left = Math.min(area.left, c);
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
      }
    }
    return area;
  }
  /** Test and demo helper: write a 2-D block of values at A1 (or at an offset). */
  setValues(values: FakeValue[][], top = 0, left = 0): void {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        const text = typeof v === "string" && v.startsWith("=");
        const cell = this.ensure(top + r, left + c);
        if (text) {
          cell.formula = v as string;
          cell.value = "";
        } else cell.value = v;
      })
    );
  }
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: string; area: Area } | undefined;
  syncCount = 0;
  /**
   * Cells of values/formulas one sync may return, like Excel on the web's 5 MB response cap
   * (ResponsePayloadSizeLimitExceeded), and may send (RequestPayloadSizeLimitExceeded);
   * unlimited unless a test sets it.
   */
  payloadLimitCells = Infinity;
  /**
   * Above this many cells a range's `values` come back null instead of failing, as Excel on the
   * web sometimes answers a read too large for it.
   */
  nullValuesAboveCells = Infinity;
  /** Property names whose `load()` is ignored, as if never asked for (mutation tests). */
  readonly droppedLoads = new Set<string>();
  /** The options of every Excel.run, in order (mergeUndoGroup is asked for where it matters). */
  readonly runOptions: Array<{ mergeUndoGroup?: boolean } | undefined> = [];
  /** Workbooks opened with Excel.createWorkbook (base64 .xlsx), in order. */
  readonly createdWorkbooks: string[] = [];
  /** Custom XML parts stored in the workbook: [namespace, xml]. */
  readonly xmlParts: Array<{ namespace: string; xml: string }> = [];
  /** Requirement sets this fake claims to support (tests switch them off to check fallbacks). */
  supported = new Set([
    "ExcelApi 1.1",
    "ExcelApi 1.2",
    "ExcelApi 1.7",
    "ExcelApi 1.9",
    "ExcelApi 1.13",
    "ExcelApi 1.18",
  ]);

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  isSetSupported(name: string, version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    for (const s of this.supported) {
      const [n, v] = s.split(" ");
      const [ma, mi] = v.split(".").map(Number);
      if (n === name && (ma > major || (ma === major && mi >= minor))) return true;
    }
    return false;
  }
}

/**
 * The property names a `load()` call asks for, trimmed; names in `state.droppedLoads` are left
 * out, as if the adapter had not asked for them (mutation tests: every load must matter).
 */
function askedFor(
  state: FakeWorkbookState,
  props: string | string[] | Record<string, unknown> | undefined,
  all: string[]
): string[] {
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : props
          ? Object.keys(props)
          : all;
  return list.map((p) => p.trim()).filter((p) => !state.droppedLoads.has(p));
}

class NotLoadedError extends Error {
  readonly code = "PropertyNotLoaded";
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} dibaca sebelum load() dan context.sync().`);
  }
}

/** Base of proxies: tracks load() and sync() so unloaded reads throw. */
class Proxy {
  protected requested = new Set<string>();
  protected synced = new Set<string>();
  constructor(protected ctx: FakeContext) {
    ctx.track(this);
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    for (const p of askedFor(this.ctx.state, props, ["*"])) this.requested.add(p.split("/")[0]);
    return this;
  }
  /** Whether a sync has run since this object was made: only then is `isNullObject` known. */
  protected syncedOnce = false;
  onSync(): void {
    this.syncedOnce = true;
    for (const p of this.requested) this.synced.add(p);
  }
  /** Like Office.js: `isNullObject` of this object, known after a sync (per object). */
  protected needSync(): void {
    if (!this.syncedOnce) throw new NotLoadedError("isNullObject");
  }
  protected need(prop: string): void {
    if (!this.synced.has(prop) && !this.synced.has("*")) throw new NotLoadedError(prop);
  }
}

export class FakeRange extends Proxy implements XRange {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly area: Area | undefined
  ) {
    super(ctx);
  }
  get context(): FakeContext {
    return this.ctx;
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    super.load(props);
    const list = props === undefined ? [] : askedFor(this.ctx.state, props, []);
    const a = this.area;
    if (a) {
      const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      this.ctx.pendingCells +=
        cells * list.filter((p) => p === "values" || p === "formulas").length;
    }
    return this;
  }
  private get cellCount(): number {
    const a = this.a;
    return (a.bottom - a.top + 1) * (a.right - a.left + 1);
  }
  /** Like Office.js: known after any sync, without a load. */
  get isNullObject(): boolean {
    this.needSync();
    return this.area === undefined;
  }
  private get a(): Area {
    if (!this.area) throw officeError("InvalidReference", "objek null.");
    return this.area;
  }
  get address(): string {
    this.need("address");
    const a = this.a;
    const start = `${columnName(a.left)}${a.top + 1}`;
    const end = `${columnName(a.right)}${a.bottom + 1}`;
    return `${quoteSheet(this.sheet.name)}!${start === end ? start : `${start}:${end}`}`;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.a.top;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.a.left;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.a.bottom - this.a.top + 1;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.a.right - this.a.left + 1;
  }
  private map<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    const a = this.a;
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(f(this.sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }
  get values(): FakeValue[][] | null {
    this.need("values");
    if (this.cellCount > this.ctx.state.nullValuesAboveCells) return null;
    return this.map((c) => c?.value ?? "");
  }
  set values(v: FakeValue[][]) {
    this.write(v);
  }
  get formulas(): FakeValue[][] {
    this.need("formulas");
    return this.map((c) => c?.formula ?? c?.value ?? "");
  }
  set formulas(v: FakeValue[][]) {
    this.write(v);
  }
  /** Range.values and Range.formulas take the same path in Excel: a string is read as typed. */
  private write(v: FakeValue[][]): void {
    const a = this.a;
    this.ctx.pendingWriteCells += this.cellCount;
    if (v.length !== a.bottom - a.top + 1 || v.some((row) => row.length !== a.right - a.left + 1)) {
      throw officeError("InvalidArgument", "ukuran larik tidak sama dengan ukuran rentang.");
    }
    v.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.sheet.ensure(a.top + r, a.left + c);
        const typed = readAsTyped(value);
        cell.formula = typed.formula;
        cell.value = typed.value;
      })
    );
  }
  /** Like Excel: `across` merges each row of the range on its own. */
  merge(across = false): void {
    const a = this.a;
    if (!across) {
      if (a.bottom > a.top || a.right > a.left) this.sheet.merges.push({ ...a });
      return;
    }
    if (a.right > a.left)
      for (let r = a.top; r <= a.bottom; r++)
        this.sheet.merges.push({ top: r, left: a.left, bottom: r, right: a.right });
  }
  /** Only "Formulas" (what the readers ask for): the cells holding a formula, a run per row. */
  getSpecialCellsOrNullObject(cellType: "Formulas"): FakeRangeAreas {
    this.ctx.requires("ExcelApi", "1.9", "getSpecialCellsOrNullObject");
    if (cellType !== "Formulas") throw officeError("InvalidArgument", `cellType ${cellType}.`);
    const runs: Area[] = [];
    const a = this.area;
    for (let r = a?.top ?? 0; a && r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        if (!this.sheet.cell(r, c)?.formula) continue;
        const last = runs[runs.length - 1];
        if (last && last.top === r && last.right === c - 1) last.right = c;
        else runs.push({ top: r, left: c, bottom: r, right: c });
      }
    }
    return new FakeRangeAreas(this.ctx, this.sheet, runs);
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requires("ExcelApi", "1.13", "getMergedAreasOrNullObject");
    const a = this.area;
    const hits = a
      ? this.sheet.merges.filter(
          (m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left
        )
      : [];
    return new FakeRangeAreas(this.ctx, this.sheet, hits);
  }
  select(): void {
    this.ctx.state.selection = { sheet: this.sheet.name, area: { ...this.a } };
  }
  getCell(row: number, column: number): FakeRange {
    const a = this.a;
    return new FakeRange(this.ctx, this.sheet, {
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    const a = this.a;
    return new FakeRange(this.ctx, this.sheet, {
      ...a,
      bottom: a.bottom + deltaRows,
      right: a.right + deltaColumns,
    });
  }
  readonly format = new FakeFormat(this);
  get dataValidation(): XDataValidation {
    this.ctx.requires("ExcelApi", "1.8", "dataValidation");
    // One rule per area, as in Excel: reading the property again reaches the same rule.
    const a = this.a;
    const same = (x: Area) =>
      x.top === a.top && x.left === a.left && x.bottom === a.bottom && x.right === a.right;
    let entry = this.sheet.validations.find((v) => same(v.area));
    if (!entry) this.sheet.validations.push((entry = { area: a }));
    const e = entry;
    return {
      set rule(v: Excel.DataValidationRule) {
        e.rule = v;
      },
      get rule() {
        return e.rule ?? {};
      },
      set errorAlert(v: Excel.DataValidationErrorAlert) {
        e.errorAlert = v;
      },
      get errorAlert(): Excel.DataValidationErrorAlert {
        return e.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" };
      },
    };
  }
  /** Written by the template writer; kept as given (the fake does not format values). */
  numberFormat: Excel.Range["numberFormat"] = [["General"]];
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet);
  }
  forEachCell(f: (cell: FakeCell) => void): void {
    const a = this.a;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) f(this.sheet.ensure(r, c));
  }
}

class FakeFormat implements XRangeFormat {
  constructor(private readonly range: FakeRange) {}
  readonly fill = {
    range: this.range,
    /** Sync count when color was asked for (-1: never): readable after a later sync. */
    loadedAt: -1,
    load(props?: string): void {
      const state = this.range.context.state;
      if (askedFor(state, props, ["color"]).includes("color")) this.loadedAt = state.syncCount;
    },
    get color(): string {
      if (this.loadedAt < 0 || this.range.context.state.syncCount <= this.loadedAt)
        throw new NotLoadedError("RangeFill.color");
      const a = this.range.area!;
      return this.range.sheet.cell(a.top, a.left)?.fill ?? "#FFFFFF";
    },
    set color(v: string) {
      this.range.forEachCell((c) => (c.fill = v));
    },
    clear: (): void => this.range.forEachCell((c) => (c.fill = undefined)),
  };
  readonly font = {
    range: this.range,
    set bold(v: boolean) {
      this.range.forEachCell((c) => (c.bold = v));
    },
    get bold(): boolean {
      const a = this.range.area!;
      return !!this.range.sheet.cell(a.top, a.left)?.bold;
    },
    size: 11,
    name: "Calibri",
  };
  /** Excel grows the rows to their text; the fake records that it was asked. */
  autofitRows(): void {
    const a = this.range.area!;
    for (let r = a.top; r <= a.bottom; r++) this.range.sheet.autofitRows.add(r);
  }
  set rowHeight(points: number) {
    // As Excel: 0 to 409.5 points.
    if (!(points >= 0 && points <= 409.5))
      throw officeError("InvalidArgument", `tinggi baris ${points} di luar 0-409,5 poin.`);
    const a = this.range.area!;
    for (let r = a.top; r <= a.bottom; r++) this.range.sheet.rowHeights.set(r, points);
  }
  wrapText = false;
  horizontalAlignment: XRangeFormat["horizontalAlignment"] = "General";
  verticalAlignment: XRangeFormat["verticalAlignment"] = "Bottom";
  set columnWidth(points: number) {
    const a = this.range.area!;
    for (let c = a.left; c <= a.right; c++) this.range.sheet.columnWidths.set(c, points);
  }
  readonly borders: XRangeFormat["borders"] = {
    getItem: () => ({ style: "Continuous", weight: "Thin" }),
  };
}

export class FakeRangeAreas extends Proxy implements XRangeAreas {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    private readonly list: Area[]
  ) {
    super(ctx);
    this.areas = new FakeRangeCollection(
      ctx,
      list.map((a) => new FakeRange(ctx, sheet, a))
    );
  }
  readonly areas: FakeRangeCollection;
  get isNullObject(): boolean {
    this.needSync();
    return this.list.length === 0;
  }
  get areaCount(): number {
    this.need("areaCount");
    return this.list.length;
  }
  /** "Sheet1!A1:B2,Sheet1!C5", as Office.js gives a RangeAreas' address. */
  get address(): string {
    this.need("address");
    const name = quoteSheet(this.sheet.name);
    return this.list
      .map((a) => {
        const start = `${columnName(a.left)}${a.top + 1}`;
        const end = `${columnName(a.right)}${a.bottom + 1}`;
        return `${name}!${start === end ? start : `${start}:${end}`}`;
      })
      .join(",");
  }
}

export class FakeRangeCollection extends Proxy implements XRangeCollection {
  constructor(
    ctx: FakeContext,
    private readonly list: FakeRange[]
  ) {
    super(ctx);
  }
  get items(): FakeRange[] {
    this.need("items");
    for (const r of this.list) {
      for (const p of this.requested) r.load(p === "items" ? "*" : p);
      r.onSync();
    }
    return this.list;
  }
  override load(props?: string | string[]): this {
    // "items/address" loads the items and their address
    for (const p of askedFor(this.ctx.state, props, ["items"])) {
      const [head, tail] = p.split("/");
      this.requested.add(head);
      if (tail) for (const r of this.list) r.load(tail);
    }
    return this;
  }
}

class FakeWorksheet extends Proxy implements XWorksheet {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet | undefined
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.needSync();
    return !this.sheet;
  }
  private get s(): FakeSheet {
    if (!this.sheet) throw officeError("ItemNotFound", "lembar tidak ada.");
    return this.sheet;
  }
  get name(): string {
    this.need("name");
    return this.s.name;
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.s, this.s.used(valuesOnly));
  }
  getRange(address: string): FakeRange {
    const a = parseRange(address);
    if (!a) throw officeError("InvalidArgument", `alamat "${address}" tidak sah.`);
    return new FakeRange(this.ctx, this.s, a);
  }
  activate(): void {
    this.ctx.state.active = this.ctx.state.sheets.indexOf(this.s);
  }
  readonly freezePanes = {
    freezeRows: (n: number): void => {
      this.ctx.requires("ExcelApi", "1.7", "freezePanes");
      this.s.frozenRows = n;
    },
  };
  get pageLayout(): XPageLayout {
    this.ctx.requires("ExcelApi", "1.9", "pageLayout");
    const s = this.s;
    const layout = {
      set orientation(v: XPageLayout["orientation"]) {
        s.orientation = v;
      },
      get orientation() {
        return s.orientation;
      },
      set paperSize(v: XPageLayout["paperSize"]) {
        s.paperSize = v;
      },
      get paperSize() {
        return s.paperSize;
      },
      set zoom(z: Excel.PageLayoutZoomOptions) {
        s.fitToWidth = z.horizontalFitToPages === 1;
      },
      get zoom() {
        return { horizontalFitToPages: s.fitToWidth ? 1 : undefined };
      },
      setPrintTitleRows: (a: string) => {
        s.printTitleRows = a;
      },
      set centerHorizontally(v: boolean) {
        s.page.centered = v;
      },
      get centerHorizontally() {
        return !!s.page.centered;
      },
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            s.page.footer = v;
          },
          get centerFooter() {
            return s.page.footer ?? "";
          },
        },
      },
    };
    // Accessors, not copied values: the writer's assignments must reach the sheet.
    return Object.defineProperties(
      layout,
      Object.getOwnPropertyDescriptors(marginProps(s))
    ) as XPageLayout;
  }
  get horizontalPageBreaks(): XWorksheet["horizontalPageBreaks"] {
    this.ctx.requires("ExcelApi", "1.9", "horizontalPageBreaks");
    const s = this.s;
    return {
      add: (at) => {
        const a = typeof at === "string" ? parseRange(at) : (at as FakeRange).area;
        if (!a) throw officeError("InvalidArgument", "alamat hentian halaman tidak sah.");
        s.page.breaks.push(a.top);
      },
    };
  }
  get charts(): XChartCollection {
    const s = this.s;
    return {
      add: (type, source) => {
        const values = (source as FakeRange).area;
        if (!values) throw officeError("InvalidArgument", "sumber grafik kosong.");
        const chart: FakeSheet["charts"][number] = { type, values, title: "", legend: true };
        s.charts.push(chart);
        const ctx = this.ctx;
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
            get text() {
              return chart.title;
            },
          },
          legend: {
            set visible(v: boolean) {
              chart.legend = v;
            },
            get visible() {
              return chart.legend;
            },
          },
          series: {
            getItemAt: (i: number) => {
              if (i !== 0) throw officeError("ItemNotFound", "seri grafik tidak ada.");
              return {
                setXAxisValues: (r: XRange) => {
                  ctx.requires("ExcelApi", "1.7", "setXAxisValues");
                  chart.categories = (r as FakeRange).area;
                },
              };
            },
          },
          setPosition: (start: XRange | string, end?: XRange | string) => {
            const name = (x: XRange | string) =>
              typeof x === "string" ? x : (x as FakeRange).address;
            chart.position = [name(start), end === undefined ? undefined : name(end)];
          },
        };
      },
    };
  }
  get shapes(): XShapeCollection {
    this.ctx.requires("ExcelApi", "1.9", "shapes");
    const s = this.s;
    const add = (
      rec: Omit<
        FakeShapeRecord,
        | "id"
        | "name"
        | "altText"
        | "text"
        | "font"
        | "runs"
        | "line"
        | "margins"
        | "verticalAlignment"
        | "autoSize"
      >
    ): XShape => {
      const record: FakeShapeRecord = {
        id: `{${s.shapes.length + 1}}`,
        name: `${rec.type === "Line" ? "Konektor" : "Persegi"} ${s.shapes.length + 1}`,
        altText: "",
        text: "",
        font: { size: 11, bold: false, color: "#000000", name: "Calibri" },
        runs: [],
        line: { color: "#000000", weight: 0.75, dashStyle: "Solid" },
        margins: { left: 7.2, right: 7.2, top: 3.6, bottom: 3.6 },
        verticalAlignment: "Top",
        autoSize: "AutoSizeNone",
        ...rec,
      };
      s.shapes.push(record);
      return new FakeShape(s, record);
    };
    return {
      addGeometricShape: (type) => {
        if (!(type in CONNECTION_SITES))
          throw officeError("InvalidArgument", `bentuk "${type}" tidak dikenal.`);
        return add({
          type: "GeometricShape",
          geometry: type,
          left: 0,
          top: 0,
          width: 72,
          height: 72,
        });
      },
      addLine: (x1, y1, x2, y2, connector = "Straight") => {
        if (![x1, y1, x2, y2].every((v) => Number.isFinite(v) && v >= 0))
          throw officeError("InvalidArgument", "koordinat garis tidak sah.");
        return add({
          type: "Line",
          connector,
          left: Math.min(x1, x2),
          top: Math.min(y1, y2),
          width: Math.abs(x2 - x1),
          height: Math.abs(y2 - y1),
        });
      },
    };
  }
  get notes(): XNoteCollection {
    this.ctx.requires("ExcelApi", "1.18", "notes");
    const s = this.s;
    return {
      add: (cell: string, content: string) => {
        const a = parseRange(cell)!;
        const c = s.ensure(a.top, a.left);
        if (c.note !== undefined)
          throw officeError("InvalidArgument", "sel sudah memiliki catatan.");
        c.note = content;
      },
      getItemOrNullObject: (cell: string): XNote => {
        const a = parseRange(cell)!;
        const ctx = this.ctx;
        const createdAt = ctx.state.syncCount;
        let requested = false;
        let syncedAt = -1;
        return {
          load: (props?: string) => {
            if (askedFor(ctx.state, props, ["content"]).includes("content")) {
              requested = true;
              syncedAt = ctx.state.syncCount;
            }
          },
          get isNullObject() {
            if (ctx.state.syncCount <= createdAt) throw new NotLoadedError("isNullObject");
            return s.cell(a.top, a.left)?.note === undefined;
          },
          get content(): string {
            if (!requested || ctx.state.syncCount <= syncedAt)
              throw new NotLoadedError("Note.content");
            const note = s.cell(a.top, a.left)?.note;
            if (note === undefined) throw officeError("InvalidReference", "objek null.");
            return note;
          },
          delete: () => {
            const c = s.cell(a.top, a.left);
            if (c) c.note = undefined;
          },
        };
      },
    };
  }
}

/** A shape of the fake: every value checked as Excel checks it, then kept in its record. */
class FakeShape implements XShape {
  constructor(
    private readonly sheet: FakeSheet,
    readonly record: FakeShapeRecord
  ) {}
  get id(): string {
    return this.record.id;
  }
  private size(name: "left" | "top" | "width" | "height", v: number, min: number): void {
    if (!Number.isFinite(v) || v < min)
      throw officeError("InvalidArgument", `${name} bentuk tidak sah (${v}).`);
    this.record[name] = v;
  }
  get name(): string {
    return this.record.name;
  }
  set name(v: string) {
    if (this.sheet.shapes.some((x) => x !== this.record && x.name === v))
      throw officeError("InvalidArgument", `nama bentuk "${v}" sudah dipakai.`);
    this.record.name = v;
  }
  get left(): number {
    return this.record.left;
  }
  set left(v: number) {
    this.size("left", v, 0);
  }
  get top(): number {
    return this.record.top;
  }
  set top(v: number) {
    this.size("top", v, 0);
  }
  get width(): number {
    return this.record.width;
  }
  set width(v: number) {
    this.size("width", v, 0.1);
  }
  get height(): number {
    return this.record.height;
  }
  set height(v: number) {
    this.size("height", v, 0.1);
  }
  get altTextDescription(): string {
    return this.record.altText;
  }
  set altTextDescription(v: string) {
    this.record.altText = v;
  }
  get fill(): XShape["fill"] {
    return {
      setSolidColor: (color: string) => {
        if (!HEX.test(color)) throw officeError("InvalidArgument", `warna "${color}" tidak sah.`);
        this.record.fill = color.toUpperCase();
      },
    };
  }
  get lineFormat(): XShapeLineFormat {
    const line = this.record.line;
    return {
      get color() {
        return line.color;
      },
      set color(v: string) {
        if (!HEX.test(v)) throw officeError("InvalidArgument", `warna garis "${v}" tidak sah.`);
        line.color = v.toUpperCase();
      },
      get weight() {
        return line.weight;
      },
      set weight(v: number) {
        if (!(v > 0)) throw officeError("InvalidArgument", "tebal garis tidak sah.");
        line.weight = v;
      },
      get dashStyle() {
        return line.dashStyle as XShapeLineFormat["dashStyle"];
      },
      set dashStyle(v: XShapeLineFormat["dashStyle"]) {
        if (!DASH_STYLES.has(v))
          throw officeError("InvalidArgument", `gaya garis "${v}" tidak sah.`);
        line.dashStyle = v;
      },
    };
  }
  get textFrame(): XTextFrame {
    const r = this.record;
    if (r.type === "Line") throw officeError("InvalidOperation", "garis tidak memiliki teks.");
    const margin = (side: keyof FakeShapeRecord["margins"]) => ({
      get: () => r.margins[side],
      set: (v: number) => {
        if (!(v >= 0)) throw officeError("InvalidArgument", "margin teks tidak sah.");
        r.margins[side] = v;
      },
    });
    const font = r.font;
    const frame = Object.defineProperties(
      {
        textRange: {
          get text() {
            return r.text;
          },
          set text(v: string) {
            r.text = v;
          },
          getSubstring(start: number, length?: number) {
            const len = length ?? r.text.length - start;
            if (!Number.isInteger(start) || start < 0 || len < 0 || start + len > r.text.length)
              throw officeError("InvalidArgument", "bagian teks di luar teksnya.");
            const run: FakeShapeRecord["runs"][number] = { start, length: len, font: {} };
            r.runs.push(run);
            return {
              font: {
                get size() {
                  return run.font.size ?? font.size;
                },
                set size(v: number) {
                  run.font.size = v;
                },
                get bold() {
                  return run.font.bold ?? font.bold;
                },
                set bold(v: boolean) {
                  run.font.bold = v;
                },
                get color() {
                  return run.font.color ?? font.color;
                },
                set color(v: string) {
                  if (!HEX.test(v))
                    throw officeError("InvalidArgument", `warna huruf "${v}" tidak sah.`);
                  run.font.color = v.toUpperCase();
                },
                get name() {
                  return run.font.name ?? font.name;
                },
                set name(v: string) {
                  run.font.name = v;
                },
              },
            };
          },
          font: {
            get size() {
              return font.size;
            },
            set size(v: number) {
              if (!(v >= 1 && v <= 409))
                throw officeError("InvalidArgument", "ukuran huruf tidak sah.");
              font.size = v;
            },
            get bold() {
              return font.bold;
            },
            set bold(v: boolean) {
              font.bold = v;
            },
            get color() {
              return font.color;
            },
            set color(v: string) {
              if (!HEX.test(v))
                throw officeError("InvalidArgument", `warna huruf "${v}" tidak sah.`);
              font.color = v.toUpperCase();
            },
            get name() {
              return font.name;
            },
            set name(v: string) {
              font.name = v;
            },
          },
        },
        get verticalAlignment() {
          return r.verticalAlignment as XTextFrame["verticalAlignment"];
        },
        set verticalAlignment(v: XTextFrame["verticalAlignment"]) {
          r.verticalAlignment = v;
        },
        get autoSizeSetting() {
          return r.autoSize as XTextFrame["autoSizeSetting"];
        },
        set autoSizeSetting(v: XTextFrame["autoSizeSetting"]) {
          r.autoSize = v;
        },
      },
      {
        leftMargin: { ...margin("left"), enumerable: true },
        rightMargin: { ...margin("right"), enumerable: true },
        topMargin: { ...margin("top"), enumerable: true },
        bottomMargin: { ...margin("bottom"), enumerable: true },
      }
    );
    return frame as unknown as XTextFrame;
  }
  get line(): XShape["line"] {
    const r = this.record;
    const connect = (end: "begin" | "end") => (shape: XShape, site: number) => {
      if (r.type !== "Line") throw officeError("InvalidOperation", "bentuk ini bukan garis.");
      const target = shape instanceof FakeShape ? shape.record : undefined;
      if (!target || !this.sheet.shapes.includes(target))
        throw officeError("InvalidArgument", "bentuk tujuan tidak ada di lembar yang sama.");
      if (target.type === "Line")
        throw officeError("InvalidArgument", "garis tidak dapat disambung ke garis.");
      const sites = CONNECTION_SITES[target.geometry!];
      if (!Number.isInteger(site) || site < 0 || site >= sites)
        throw officeError("InvalidArgument", `titik sambung ${site} tidak ada (0-${sites - 1}).`);
      r[end] = { shape: target.id, site };
    };
    return { connectBeginShape: connect("begin"), connectEndShape: connect("end") };
  }
}

class FakeWorksheetCollection extends Proxy implements XWorksheetCollection {
  get items(): FakeWorksheet[] {
    this.need("items");
    return this.ctx.state.sheets.map((s) => {
      const w = new FakeWorksheet(this.ctx, s);
      w.load("name");
      w.onSync();
      return w;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.state.sheets[this.ctx.state.active]);
  }
  getItem(name: string): FakeWorksheet {
    const s = this.ctx.state.sheet(name);
    if (!s) throw officeError("ItemNotFound", `lembar "${name}" tidak ada.`);
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.state.sheet(name));
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.state.sheet(name))
      throw officeError("ItemAlreadyExists", `lembar "${name}" sudah ada.`);
    return new FakeWorksheet(this.ctx, this.ctx.state.addSheet(name));
  }
}

class FakeXmlPart implements XCustomXmlPart {
  /** The sync count when this object was made: its state is known only after a later sync. */
  private readonly createdAt: number;
  constructor(
    private readonly state: FakeWorkbookState,
    private readonly part: { namespace: string; xml: string } | undefined
  ) {
    this.createdAt = state.syncCount;
  }
  get isNullObject(): boolean {
    if (this.state.syncCount <= this.createdAt) throw new NotLoadedError("isNullObject");
    return !this.part;
  }
  getXml(): { value: string } {
    const part = this.part;
    const state = this.state;
    const askedAt = state.syncCount;
    return {
      get value() {
        // A ClientResult is filled by the next sync.
        if (state.syncCount <= askedAt) throw new NotLoadedError("ClientResult.value");
        if (!part) throw officeError("InvalidReference", "objek null.");
        return part.xml;
      },
    };
  }
  delete(): void {
    const i = this.state.xmlParts.indexOf(this.part!);
    if (i >= 0) this.state.xmlParts.splice(i, 1);
  }
}

function fakeXmlParts(ctx: FakeContext): XCustomXmlPartCollection {
  const state = ctx.state;
  return {
    add: (xml: string) => {
      ctx.requires("ExcelApi", "1.5", "customXmlParts");
      const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
      state.xmlParts.push({ namespace: ns, xml });
    },
    getByNamespace: (ns: string): XCustomXmlPartScopedCollection => {
      ctx.requires("ExcelApi", "1.5", "customXmlParts");
      const matching = () => state.xmlParts.filter((p) => p.namespace === ns);
      let loadedAt = -1;
      return {
        load: (props?: string) => {
          if (askedFor(state, props, ["items"]).some((p) => p.split("/")[0] === "items"))
            loadedAt = state.syncCount;
        },
        get items() {
          if (loadedAt < 0 || state.syncCount <= loadedAt)
            throw new NotLoadedError("CustomXmlPartScopedCollection.items");
          return matching().map((p) => new FakeXmlPart(state, p));
        },
        getOnlyItemOrNullObject: () => {
          const list = matching();
          return new FakeXmlPart(state, list.length === 1 ? list[0] : undefined);
        },
      };
    },
  };
}

export class FakeContext implements XContext {
  private readonly proxies: Proxy[] = [];
  readonly workbook: XWorkbook;
  constructor(readonly state: FakeWorkbookState) {
    const worksheets = new FakeWorksheetCollection(this);
    this.workbook = {
      worksheets,
      customXmlParts: fakeXmlParts(this),
      getSelectedRange: () => {
        const sel = state.selection ?? {
          sheet: state.sheets[state.active].name,
          area: { top: 0, left: 0, bottom: 0, right: 0 },
        };
        return new FakeRange(this, state.sheet(sel.sheet)!, sel.area);
      },
    };
  }
  track(p: Proxy): void {
    this.proxies.push(p);
  }
  requires(set: string, version: string, what: string): void {
    if (!this.state.isSetSupported(set, version))
      throw officeError("ApiNotFound", `${what} memerlukan ${set} ${version}.`);
  }
  /** Cells of values/formulas requested since the last sync (for the payload cap). */
  pendingCells = 0;
  /** Cells written since the last sync. */
  pendingWriteCells = 0;

  async sync(): Promise<void> {
    this.state.syncCount++;
    const read = this.pendingCells;
    const written = this.pendingWriteCells;
    this.pendingCells = 0;
    this.pendingWriteCells = 0;
    // Messages are localized in Office (here in Indonesian, as a user's Excel may be): only the
    // code is meant for a program.
    if (written > this.state.payloadLimitCells)
      throw officeError("RequestPayloadSizeLimitExceeded", "Ukuran permintaan melebihi batas.");
    if (read > this.state.payloadLimitCells)
      throw officeError("ResponsePayloadSizeLimitExceeded", "Ukuran respons melebihi batas.");
    for (const p of this.proxies) p.onSync();
  }
}

function officeError(code: string, message: string): Error & { code: string } {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = code;
  return error;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The globals the adapters use: Excel.run and Office.context.requirements.isSetSupported. */
export function createFakeOffice(state: FakeWorkbookState) {
  return {
    Excel: {
      run: async <T>(
        batch: (context: XContext) => Promise<T>,
        options?: { mergeUndoGroup?: boolean }
      ): Promise<T> => {
        state.runOptions.push(options);
        return batch(new FakeContext(state));
      },
      createWorkbook: async (base64: string): Promise<void> => {
        if (!state.isSetSupported("ExcelApi", "1.8"))
          throw officeError("ApiNotFound", "Excel.createWorkbook memerlukan ExcelApi 1.8.");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)
          throw officeError("InvalidArgument", "Bukan base64.");
        state.createdWorkbooks.push(base64);
      },
    },
    requirements: {
      isSetSupported: (name: string, version: string) => state.isSetSupported(name, version),
    },
  };
}

/** The fake as the adapters' host. */
export function fakeHost(state: FakeWorkbookState): ExcelHost {
  const fake = createFakeOffice(state);
  return {
    run: fake.Excel.run,
    isSetSupported: fake.requirements.isSetSupported,
    createWorkbook: fake.Excel.createWorkbook,
  };
}
