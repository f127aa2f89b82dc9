/*
 * Test-only bridge between HyperFormula (GPL-3.0, licenseKey "gpl-v3") and the IKI.* wrappers of
 * src/functions/functions.ts. The plugin is built from the generated functions.json, so every
 * function Excel knows is registered under its dotted name (IKI.PERSEN, ...) and calls the very
 * wrapper Excel calls, with arguments shaped the way Excel passes them: a range (or a scalar given
 * to a range parameter) as a 2-D array, blanks as null, an omitted optional as null, a repeating
 * parameter as one array of 2-D ranges. Results come back as values, spilled ranges or
 * HyperFormula errors; nothing may throw inside the plugin (a throw breaks the whole sheet load).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import * as IKI from "../../../src/functions/functions";
import { FunctionMetadata } from "../../../src/core/functionMetadata";

const TO_EXCEL: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.CYCLE]: "#CYCLE!",
};
const FROM_EXCEL: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

/** A HyperFormula cell value as Excel hands it to a custom function. */
function toExcelValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError)
    return { code: TO_EXCEL[v.type] ?? "#VALUE!", message: v.message ?? "" };
  if (v && typeof v === "object" && "val" in v) return (v as { val: number }).val; // DateNumber etc.
  return v;
}

function toMatrix(arg: unknown): unknown[][] {
  if (arg instanceof SimpleRangeValue) return arg.rawData().map((row) => row.map(toExcelValue));
  return [[toExcelValue(arg)]];
}

/** A wrapper's answer as a HyperFormula value. */
function fromExcelValue(v: unknown): any {
  if (v && typeof v === "object" && "code" in v) {
    const { code, message } = v as { code: string; message?: string };
    return new CellError(FROM_EXCEL[code] ?? ErrorType.ERROR, message || undefined);
  }
  return v;
}

const WRAPPERS: Record<string, (...args: any[]) => any> = Object.fromEntries(
  Object.entries(IKI).map(([name, fn]) => [name.toLowerCase(), fn as (...args: any[]) => any])
);

/** The HyperFormula plugin class and its translations, built from functions.json metadata. */
export function buildIkiPlugin(functions: FunctionMetadata[]) {
  const implemented: Record<string, any> = {};
  const translations: Record<string, string> = {};
  const byName = new Map<string, FunctionMetadata>();

  for (const fn of functions) {
    const id = `IKI.${fn.name}`;
    const method = `iki_${fn.name}`;
    byName.set(method, fn);
    translations[id] = id;
    const last = fn.parameters[fn.parameters.length - 1];
    implemented[id] = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: !!p.optional || !!p.repeating,
      })),
      ...(last?.repeating ? { repeatLastArgs: 1 } : {}),
      vectorizationForbidden: true,
      ...(fn.result?.dimensionality === "matrix"
        ? { sizeOfResultArrayMethod: `${method}_size` }
        : {}),
    };
  }

  class IkiPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
  }

  for (const [method, fn] of byName) {
    const wrapper = WRAPPERS[fn.name.toLowerCase()];
    if (!wrapper) throw new Error(`Tidak ada pembungkus untuk IKI.${fn.name}`);
    const id = `IKI.${fn.name}`;
    const matrixParams = fn.parameters.map((p) => p.dimensionality === "matrix");
    const repeating = fn.parameters.some((p) => p.repeating);

    (IkiPlugin.prototype as any)[method] = function (this: any, ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => {
        let excelArgs: unknown[];
        if (repeating) {
          excelArgs = [args.filter((a) => a !== undefined).map(toMatrix)];
        } else {
          excelArgs = fn.parameters.map((_p, i) =>
            matrixParams[i]
              ? args[i] === undefined
                ? null
                : toMatrix(args[i])
              : toExcelValue(args[i])
          );
        }
        let result: unknown;
        try {
          result = wrapper(...excelArgs);
        } catch (e) {
          // The wrappers must never throw; if one does, the test sees #ERROR! with the reason.
          return new CellError(ErrorType.ERROR, `dilempar: ${(e as Error).message}`);
        }
        if (!Array.isArray(result)) return fromExcelValue(result);
        const matrix = (result as unknown[][]).map((row) => row.map(fromExcelValue));
        if (matrix.length === 1 && matrix[0].length === 1) return matrix[0][0];
        return SimpleRangeValue.onlyValues(matrix);
      });
    };

    if (fn.result?.dimensionality === "matrix") {
      // Excel-style broadcast of the range parameters: one common shape, single cells repeat.
      (IkiPlugin.prototype as any)[`${method}_size`] = function (this: any, ast: any, state: any) {
        let width = 1;
        let height = 1;
        for (let i = 0; i < ast.args.length; i++) {
          if (!matrixParams[i]) continue;
          const size: ArraySize = this.arraySizeForAst(ast.args[i], state);
          if (size.width === 1 && size.height === 1) continue;
          if (width * height > 1 && (size.width !== width || size.height !== height)) {
            return ArraySize.scalar(); // shapes disagree: the answer is one #VALUE!
          }
          width = size.width;
          height = size.height;
        }
        return new ArraySize(width, height);
      };
    }
  }

  return { plugin: IkiPlugin, translations };
}

let registered = false;

/** Registers the plugin once per process (HyperFormula keeps a global registry). */
export function registerIkiPlugin(functions: FunctionMetadata[]): void {
  if (registered) return;
  const { plugin, translations } = buildIkiPlugin(functions);
  HyperFormula.registerFunctionPlugin(plugin as any, { enGB: translations });
  registered = true;
}
