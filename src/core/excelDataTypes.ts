import { CellError, CellScalar, ExcelErrorCode } from "./cellValues";

/**
 * Values with a data type, as Excel can hand them to an `any` parameter of a custom function:
 * `{ type: "Double", basicValue: 5 }`, formatted numbers, strings, booleans, errors, and
 * entities (Stocks, Geography, a custom entity) that carry many values. Basic values are
 * unwrapped to what a plain cell would give; an entity is not one value, so a function given one
 * answers #VALUE! saying how to pick one of its properties.
 */
interface TypedValue {
  type: string;
  basicValue?: unknown;
  errorType?: string;
  text?: string;
}

const ERROR_TYPES: Record<string, ExcelErrorCode> = {
  Div0: "#DIV/0!",
  NotAvailable: "#N/A",
  Num: "#NUM!",
  Value: "#VALUE!",
};

function isTyped(value: unknown): value is TypedValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

/** One value: a plain one as it is, a basic data-type value unwrapped; an entity throws. */
export function unwrapValue(value: unknown): CellScalar {
  if (!isTyped(value)) return value as CellScalar;
  switch (value.type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return value.basicValue as CellScalar;
    case "Empty":
      return null;
    case "Error":
      throw new CellError(
        ERROR_TYPES[value.errorType ?? ""] ?? "#VALUE!",
        "Salah satu sel masukan berisi nilai kesalahan; perbaiki sel itu lebih dulu."
      );
    default: {
      const name = value.text ? ` "${value.text}"` : "";
      throw new CellError(
        "#VALUE!",
        `Sel berisi tipe data${name} (entitas, mis. Saham atau Geografi), bukan satu nilai. Ambil salah satu propertinya, mis. =A1.Nilai, lalu pakai sel itu.`
      );
    }
  }
}

function containsTyped(value: unknown): boolean {
  if (!Array.isArray(value)) return isTyped(value);
  for (const v of value) if (containsTyped(v)) return true;
  return false;
}

function unwrapDeep(value: unknown): unknown {
  return Array.isArray(value) ? value.map(unwrapDeep) : unwrapValue(value);
}

/**
 * A parameter's values with data types unwrapped: a scalar, a matrix, or a list of matrices
 * (a repeating parameter), copied only when it holds a typed value (a 100,000-row range of plain
 * values is passed through as it is). Throws the CellError of an entity or an error value.
 */
export function unwrapValues<T>(value: T): T {
  return containsTyped(value) ? (unwrapDeep(value) as T) : value;
}
