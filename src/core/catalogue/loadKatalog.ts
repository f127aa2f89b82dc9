import Ajv, { ErrorObject } from "ajv";
import schema from "./katalog.schema.json";
import { Katalog } from "./katalog";
import { KatalogData } from "./types";

/** A catalogue that cannot be used, with every reason in Indonesian. */
export class KatalogError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[]
  ) {
    super(`Katalog ${source} tidak dapat dipakai:\n- ${problems.join("\n- ")}`);
    this.name = "KatalogError";
  }
}

let validator: ReturnType<Ajv["compile"]> | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath
    ? error.instancePath.replace(/^\//, "").replace(/\//g, ".")
    : "(akar)";
  switch (error.keyword) {
    case "required":
      return `${where}: kolom wajib "${String(error.params.missingProperty)}" tidak ada`;
    case "additionalProperties":
      return `${where}: kolom "${String(error.params.additionalProperty)}" tidak dikenal`;
    case "enum":
      return `${where}: nilai harus salah satu dari ${(error.params.allowedValues as string[]).join(", ")}`;
    case "pattern":
      return `${where}: format tidak sah`;
    case "type":
      return `${where}: harus bertipe ${String(error.params.type)}`;
    case "minItems":
    case "minLength":
      return `${where}: tidak boleh kosong`;
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

/** Checks a parsed catalogue against the schema and for dangling references; returns problems. */
export function checkKatalog(json: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(json)) return (validator.errors ?? []).slice(0, 50).map(describe);
  const data = json as KatalogData;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const kind of ["unit", "jabatan", "entri"] as const) {
    const ids = new Set<string>();
    for (const item of data[kind]) {
      if (ids.has(item.id)) problems.push(`${kind} "${item.id}" ganda`);
      ids.add(item.id);
      seen.add(`${kind}:${item.id}`);
    }
  }
  for (const j of data.jabatan) {
    if (!seen.has(`unit:${j.unit}`)) problems.push(`jabatan "${j.id}": unit "${j.unit}" tidak ada`);
  }
  for (const e of data.entri) {
    if (!seen.has(`unit:${e.unit}`)) problems.push(`entri "${e.id}": unit "${e.unit}" tidak ada`);
    for (const j of e.jabatan ?? []) {
      if (!seen.has(`jabatan:${j}`)) problems.push(`entri "${e.id}": jabatan "${j}" tidak ada`);
    }
    if (e.induk && !seen.has(`entri:${e.induk}`)) {
      problems.push(`entri "${e.id}": induk "${e.induk}" tidak ada`);
    }
    if (e.level === "iki" && !(e.jabatan && e.jabatan.length)) {
      problems.push(`entri "${e.id}": IKI tanpa jabatan`);
    }
  }
  return problems;
}

/** Builds a catalogue from JSON text (a file the user chose); throws KatalogError. */
export function parseKatalog(text: string, source: string): Katalog {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new KatalogError(source, [`bukan JSON yang sah (${(e as Error).message})`]);
  }
  return fromData(json, source);
}

export function fromData(json: unknown, source: string): Katalog {
  const problems = checkKatalog(json);
  if (problems.length > 0) throw new KatalogError(source, problems);
  return new Katalog(json as KatalogData);
}

// The shipped catalogue needs no schema check at run time (a test checks it), so it lives in a
// module without ajv; it is re-exported here for the callers that load catalogues anyway.
export { defaultKatalog } from "./defaultKatalog";
