import { CellError } from "../../../src/core/cellValues";

/** What a cell shows: a number, a text, "" or the error code. */
export function shown(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shown);
  if (v instanceof CellError) return v.code;
  if (v && typeof v === "object" && "code" in v) return (v as { code: string }).code;
  return v;
}

/** The message Excel shows next to #VALUE! / #N/A (undefined for other results). */
export function messageOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return messageOf(v[0]);
  if (v instanceof CellError) return v.message;
  if (v && typeof v === "object" && "message" in v) return (v as { message?: string }).message;
  return undefined;
}

/** First cell of a wrapper's answer (a spilled 2-D answer or a single cell). */
export function first(v: unknown): unknown {
  return Array.isArray(v) ? first(v[0]) : v;
}

/** Compares a shown value with an expected one, numbers to 10 digits. */
export function expectShown(actual: unknown, expected: unknown): void {
  const value = shown(actual);
  if (typeof expected === "number") {
    expect(typeof value).toBe("number");
    expect(value as number).toBeCloseTo(expected, 10);
  } else {
    expect(value).toEqual(expected);
  }
}
