import { CellError, CellResult, ExcelErrorCode } from "../core/cellValues";

/**
 * Turns core results into what Excel expects from a custom function. Inside Excel the global
 * `CustomFunctions.Error` exists; in plain Node (tests, the CLI, HyperFormula) a look-alike with
 * the same `code` and `message` stands in, so the wrappers run everywhere.
 */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

class NodeCustomFunctionsError extends Error implements ExcelErrorValue {
  constructor(
    readonly code: ExcelErrorCode,
    message?: string
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ERROR_CODE_NAMES: Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
};

function hasExcelRuntime(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";
}

export function toExcelError(error: CellError): ExcelErrorValue {
  // Excel shows a custom message only for #VALUE! and #N/A; passing one for other codes is refused.
  const withMessage = error.code === "#VALUE!" || error.code === "#N/A";
  if (hasExcelRuntime()) {
    const code = CustomFunctions.ErrorCode[ERROR_CODE_NAMES[error.code]];
    return withMessage
      ? new CustomFunctions.Error(code, error.message)
      : new CustomFunctions.Error(code);
  }
  return new NodeCustomFunctionsError(error.code, withMessage ? error.message : undefined);
}

export type ExcelCell = number | string | ExcelErrorValue;

export function toExcelCell(result: CellResult): ExcelCell {
  return result instanceof CellError ? toExcelError(result) : result;
}

/**
 * A core result as Excel's answer. The core builds a fresh array for every call, so errors are
 * converted in place: a 100,000-row spill is not copied a second time.
 */
export function toExcelMatrix(result: CellResult[][] | CellError): ExcelCell[][] {
  if (result instanceof CellError) return [[toExcelError(result)]];
  for (let r = 0; r < result.length; r++) {
    const row = result[r] as ExcelCell[];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v instanceof CellError) row[c] = toExcelError(v);
    }
  }
  return result as ExcelCell[][];
}

/** Last line of defence: an unexpected exception becomes #VALUE! with a message, never a crash. */
export function guard<T>(compute: () => T, wrapError: (error: ExcelErrorValue) => T): T {
  try {
    return compute();
  } catch (e) {
    // A value the core refused on the way in (an entity, an error value): its own message.
    if (e instanceof CellError) return wrapError(toExcelError(e));
    const detail = e instanceof Error ? e.message : String(e);
    return wrapError(
      toExcelError(new CellError("#VALUE!", `Kesalahan internal Asisten IKI: ${detail}`))
    );
  }
}
