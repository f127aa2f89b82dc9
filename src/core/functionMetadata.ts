/**
 * The shape of the generated functions.json (custom-functions-metadata), as far as the task pane
 * and the README check read it, and helpers to present it in Indonesian.
 */
/**
 * The namespace of the IKI.* functions. The add-in's builds set it to the one their manifest
 * declares (IKIDEV for development, IKI for production; scripts/manifestVariants.cjs) so that
 * the formulas the pane writes call the functions of the add-in that wrote them. Everywhere
 * else (tests, CLI, templates written to files) it is IKI.
 */
declare const __IKI_NAMESPACE__: string | undefined;
export const FUNCTION_NAMESPACE: string =
  typeof __IKI_NAMESPACE__ === "string" ? __IKI_NAMESPACE__ : "IKI";

export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export interface FunctionsMetadataFile {
  functions: FunctionMetadata[];
}

/** "=IKI.PERSEN(pembilang; penyebut; [desimal])", with ";" as Excel in Indonesian settings writes it. */
export function formatSignature(fn: FunctionMetadata, separator = "; "): string {
  const params = fn.parameters.map((p) => {
    const name = p.repeating ? `${p.name}...` : p.name;
    return p.optional ? `[${name}]` : name;
  });
  return `=${FUNCTION_NAMESPACE}.${fn.name}(${params.join(separator)})`;
}

/** Validates a parsed functions.json enough to render it; throws an Indonesian message otherwise. */
export function readFunctionsMetadata(json: unknown): FunctionMetadata[] {
  const file = json as Partial<FunctionsMetadataFile> | null;
  if (!file || !Array.isArray(file.functions)) {
    throw new Error("Berkas functions.json tidak berisi daftar fungsi.");
  }
  return file.functions.filter(
    (f): f is FunctionMetadata =>
      !!f && typeof f.id === "string" && typeof f.name === "string" && Array.isArray(f.parameters)
  );
}
