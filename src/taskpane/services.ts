import { FunctionMetadata, readFunctionsMetadata } from "../core/functionMetadata";

/** Fetches the functions.json generated at build time and served beside taskpane.html. */
export async function fetchFunctionsMetadata(
  baseUrl: string = "functions.json"
): Promise<FunctionMetadata[]> {
  const response = await fetch(baseUrl, { cache: "no-cache" });
  if (!response.ok) {
    throw new Error(`functions.json tidak ditemukan (HTTP ${response.status}).`);
  }
  return readFunctionsMetadata(await response.json());
}
