/**
 * The part of the Office.js Excel API the adapters use, as narrow interfaces. Every member's type
 * is taken from @types/office-js; methods return these interfaces instead of the full Office
 * classes, so both real Excel (checked at the end of this file, at compile time) and the
 * in-memory fake (src/dev/fakeExcel.ts, whose classes `implement` them) satisfy them without a
 * cast. An adapter that starts to use a member not listed here does not compile until it is
 * added here, which makes the fake implement it too.
 */

/** `load()` as the adapters call it: a comma-separated list of property names (or paths). */
interface Loadable {
  load(propertyNames?: string): void;
}

/** A proxy whose existence is known after a sync (`...OrNullObject` methods). */
interface MaybeNull {
  readonly isNullObject: boolean;
}

type BorderEdge = Exclude<Parameters<Excel.RangeBorderCollection["getItem"]>[0], Excel.BorderIndex>;

export interface XRangeFill extends Loadable {
  color: Excel.RangeFill["color"];
  clear(): void;
}

export interface XRangeFont {
  bold: Excel.RangeFont["bold"];
  size: Excel.RangeFont["size"];
  name: Excel.RangeFont["name"];
}

export interface XRangeBorder {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
}

export interface XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  readonly borders: { getItem(index: BorderEdge): XRangeBorder };
  wrapText: Excel.RangeFormat["wrapText"];
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  columnWidth: Excel.RangeFormat["columnWidth"];
  rowHeight: Excel.RangeFormat["rowHeight"];
  autofitRows(): void;
}

export interface XDataValidation {
  rule: Excel.DataValidation["rule"];
  errorAlert: Excel.DataValidation["errorAlert"];
}

export interface XRange extends Loadable, MaybeNull {
  readonly address: Excel.Range["address"];
  readonly rowIndex: Excel.Range["rowIndex"];
  readonly columnIndex: Excel.Range["columnIndex"];
  readonly rowCount: Excel.Range["rowCount"];
  readonly columnCount: Excel.Range["columnCount"];
  /**
   * `null` is not in @types/office-js, but Excel on the web answers a read too large for it that
   * way (readGrids.ts reads it as "too large"); the type makes every reader handle it.
   */
  values: Excel.Range["values"] | null;
  formulas: Excel.Range["formulas"];
  numberFormat: Excel.Range["numberFormat"];
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  getCell(row: number, column: number): XRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getSpecialCellsOrNullObject(cellType: "Formulas"): XRangeAreas;
  getMergedAreasOrNullObject(): XRangeAreas;
  merge(across?: boolean): void;
  select(): void;
}

export interface XRangeCollection {
  load(propertyNames?: string): void;
  readonly items: XRange[];
}

export interface XRangeAreas extends Loadable, MaybeNull {
  readonly address: Excel.RangeAreas["address"];
  readonly areaCount: Excel.RangeAreas["areaCount"];
  readonly areas: XRangeCollection;
}

export interface XNote extends Loadable, MaybeNull {
  readonly content: Excel.Note["content"];
  delete(): void;
}

export interface XNoteCollection {
  add(cellAddress: string, content: string): void;
  getItemOrNullObject(key: string): XNote;
}

export interface XPageLayout {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayout["zoom"];
  centerHorizontally: Excel.PageLayout["centerHorizontally"];
  leftMargin: Excel.PageLayout["leftMargin"];
  rightMargin: Excel.PageLayout["rightMargin"];
  topMargin: Excel.PageLayout["topMargin"];
  bottomMargin: Excel.PageLayout["bottomMargin"];
  headerMargin: Excel.PageLayout["headerMargin"];
  footerMargin: Excel.PageLayout["footerMargin"];
  readonly headersFooters: {
    readonly defaultForAllPages: { centerFooter: Excel.HeaderFooter["centerFooter"] };
  };
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XChart {
  readonly title: { text: Excel.ChartTitle["text"] };
  readonly legend: { visible: Excel.ChartLegend["visible"] };
  readonly series: { getItemAt(index: number): { setXAxisValues(sourceData: XRange): void } };
  setPosition(startCell: XRange | string, endCell?: XRange | string): void;
}

export interface XChartCollection {
  add(
    type: "ColumnClustered" | "BarClustered",
    sourceData: XRange,
    seriesBy?: "Auto" | "Columns" | "Rows"
  ): XChart;
}

export interface XShapeFont {
  size: Excel.ShapeFont["size"];
  bold: Excel.ShapeFont["bold"];
  color: Excel.ShapeFont["color"];
  name: Excel.ShapeFont["name"];
}

export interface XTextFrame {
  readonly textRange: {
    text: Excel.TextRange["text"];
    readonly font: XShapeFont;
    getSubstring(start: number, length?: number): { readonly font: XShapeFont };
  };
  leftMargin: Excel.TextFrame["leftMargin"];
  rightMargin: Excel.TextFrame["rightMargin"];
  topMargin: Excel.TextFrame["topMargin"];
  bottomMargin: Excel.TextFrame["bottomMargin"];
  verticalAlignment: Excel.TextFrame["verticalAlignment"];
  autoSizeSetting: Excel.TextFrame["autoSizeSetting"];
}

export interface XShapeLineFormat {
  color: Excel.ShapeLineFormat["color"];
  weight: Excel.ShapeLineFormat["weight"];
  dashStyle: Excel.ShapeLineFormat["dashStyle"];
}

/** A shape (ExcelApi 1.9): the rectangles and connectors of the pohon kinerja. */
export interface XShape {
  readonly id: Excel.Shape["id"];
  name: Excel.Shape["name"];
  left: Excel.Shape["left"];
  top: Excel.Shape["top"];
  width: Excel.Shape["width"];
  height: Excel.Shape["height"];
  altTextDescription: Excel.Shape["altTextDescription"];
  readonly fill: { setSolidColor(color: string): void };
  readonly lineFormat: XShapeLineFormat;
  readonly textFrame: XTextFrame;
  readonly line: {
    connectBeginShape(shape: XShape, connectionSite: number): void;
    connectEndShape(shape: XShape, connectionSite: number): void;
  };
}

export interface XShapeCollection {
  addGeometricShape(geometricShapeType: "Rectangle" | "RoundRectangle"): XShape;
  addLine(
    startLeft: number,
    startTop: number,
    endLeft: number,
    endTop: number,
    connectorType?: "Straight" | "Elbow"
  ): XShape;
}

export interface XWorksheet extends Loadable, MaybeNull {
  readonly name: Excel.Worksheet["name"];
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: XPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: XRange | string): void };
  readonly notes: XNoteCollection;
  readonly charts: XChartCollection;
  readonly shapes: XShapeCollection;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  getRange(address?: string): XRange;
  activate(): void;
}

export interface XWorksheetCollection extends Loadable {
  readonly items: XWorksheet[];
  getActiveWorksheet(): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
  add(name?: string): XWorksheet;
}

export interface XCustomXmlPart extends MaybeNull {
  getXml(): { readonly value: string };
  delete(): void;
}

export interface XCustomXmlPartScopedCollection extends Loadable {
  readonly items: XCustomXmlPart[];
  getOnlyItemOrNullObject(): XCustomXmlPart;
}

export interface XCustomXmlPartCollection {
  add(xml: string): void;
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly customXmlParts: XCustomXmlPartCollection;
  getSelectedRange(): XRange;
}

/** What a batch of `host.run` receives: Excel's RequestContext, or the fake's. */
export interface XContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

/**
 * Compile-time proof that Office's own objects satisfy the subset: if a member above drifts from
 * @types/office-js (a name, a parameter, a type), these lines stop compiling.
 */
type Fits<T extends U, U> = T;
export type OfficeFitsSubset = [
  Fits<Excel.RequestContext, XContext>,
  Fits<Excel.Range, XRange>,
  Fits<Excel.RangeAreas, XRangeAreas>,
  Fits<Excel.Worksheet, XWorksheet>,
  Fits<Excel.Note, XNote>,
  Fits<Excel.CustomXmlPart, XCustomXmlPart>,
  Fits<Excel.Chart, XChart>,
  Fits<Excel.ChartCollection, XChartCollection>,
  Fits<Excel.Shape, XShape>,
  Fits<Excel.ShapeCollection, XShapeCollection>,
];
