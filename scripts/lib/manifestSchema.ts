/**
 * The manifest against Microsoft's XSD schemas, offline: libxml2 as WebAssembly (xmllint-wasm),
 * the schemas vendored in schemas/manifest (origin, repairs and licence in its README.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import type { Problem } from "./manifestRules";

const SCHEMA_DIR = path.resolve(__dirname, "../../schemas/manifest");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

function schemaFiles() {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".xsd"))
    .map((fileName) => ({ fileName, contents: readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") }));
}

/** Schema problems of a manifest, each with its line ("Baris 12: ..."); [] when valid. */
export async function checkManifestSchema(xml: string): Promise<Problem[]> {
  const files = schemaFiles();
  const root = files.find((f) => f.fileName === ROOT_SCHEMA)!;
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [root],
    preload: files.filter((f) => f !== root),
  });
  if (result.valid) return [];
  return result.errors.map((e) => ({
    where: e.loc ? `baris ${e.loc.lineNumber}` : "manifest",
    message: `skema XSD: ${e.message.trim()}`,
  }));
}
