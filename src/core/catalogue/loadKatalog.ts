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

/** Indonesian names of the catalogue's fields, for messages. */
const FIELD_NAME: Record<string, string> = {
  unit: "unit",
  jabatan: "jabatan",
  entri: "entri",
  periode: "periode",
  mulai: "tahun mulai",
  selesai: "tahun selesai",
  versi: "versi",
  id: "id",
  nama: "nama",
  nomor: "nomor",
  level: "tingkat",
  indikator: "indikator",
  aliases: "nama lain",
  rumus: "rumus",
  rumusKoreksi: "rumus koreksi",
  sumberData: "Sumber Data",
  penanggungJawab: "Penanggung Jawab",
  satuan: "satuan",
  sasaran: "sasaran",
  induk: "induk",
  polaritas: "polaritas",
  jenjang: "jenjang",
  atasan: "atasan",
  jenis: "jenis",
  cacat: "cacat",
  kode: "kode",
  catatan: "catatan",
  target: "target",
  tahun: "tahun",
  bulan: "bulan",
  tanggal: "tanggal",
  provenance: "asal",
  berkas: "berkas",
  baris: "baris",
};

const TYPE_NAME: Record<string, string> = {
  string: "teks",
  number: "angka",
  integer: "bilangan bulat",
  boolean: "benar/salah",
  array: "daftar",
  object: "objek",
  null: "kosong",
};

/** "entri.12.rumus" as "entri ke-13, rumus": where a problem is, in words. */
function place(instancePath: string): string {
  if (!instancePath) return "katalog";
  const parts = instancePath.replace(/^\//, "").split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      const last = out.pop() ?? "";
      out.push(`${last} ke-${Number(part) + 1}`.trim());
    } else out.push(FIELD_NAME[part] ?? part);
  }
  return out.join(", ");
}

/** One schema error in Indonesian, by its kind; never the validator's English. */
function describe(error: ErrorObject): string {
  const where = place(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const field = (name: unknown) => FIELD_NAME[String(name)] ?? String(name);
  switch (error.keyword) {
    case "required":
      return `${where}: isian wajib "${field(p.missingProperty)}" tidak ada`;
    case "additionalProperties":
      return `${where}: isian "${String(p.additionalProperty)}" tidak dikenal`;
    case "enum":
      return `${where}: nilai harus salah satu dari ${(p.allowedValues as unknown[]).map(String).join(", ")}`;
    case "const":
      return `${where}: nilai harus ${String(p.allowedValue)}`;
    case "pattern":
      return `${where}: bentuknya tidak sah`;
    case "format":
      return `${where}: bentuknya tidak sah (${String(p.format)})`;
    case "type":
      return `${where}: harus berupa ${String(p.type)
        .split(",")
        .map((t) => TYPE_NAME[t] ?? t)
        .join(" atau ")}`;
    case "minimum":
    case "exclusiveMinimum":
      return `${where}: tidak boleh ${error.keyword === "minimum" ? "kurang dari" : "kurang dari atau sama dengan"} ${String(p.limit)}`;
    case "maximum":
    case "exclusiveMaximum":
      return `${where}: tidak boleh ${error.keyword === "maximum" ? "lebih dari" : "lebih dari atau sama dengan"} ${String(p.limit)}`;
    case "minLength":
      return Number(p.limit) <= 1
        ? `${where}: tidak boleh kosong`
        : `${where}: paling sedikit ${String(p.limit)} karakter`;
    case "maxLength":
      return `${where}: tidak boleh lebih dari ${String(p.limit)} karakter`;
    case "minItems":
      return Number(p.limit) <= 1
        ? `${where}: tidak boleh kosong`
        : `${where}: paling sedikit ${String(p.limit)} butir`;
    case "maxItems":
      return `${where}: tidak boleh lebih dari ${String(p.limit)} butir`;
    case "uniqueItems":
      return `${where}: butir ke-${Number(p.j) + 1} dan ke-${Number(p.i) + 1} sama`;
    case "minProperties":
      return `${where}: tidak boleh kosong`;
    default:
      // A rule the messages above do not name: its kind, never the validator's English text.
      return `${where}: tidak sesuai aturan katalog (${error.keyword})`;
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
  const body = text.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new KatalogError(source, [jsonProblem(body, e as Error)]);
  }
  return fromData(json, source);
}

/**
 * Where JSON.parse stopped, in words: "bukan JSON yang sah: baris 12, kolom 5 (dekat
 * \"rumus\": ...)". The parser's own English text is not shown.
 */
function jsonProblem(text: string, error: Error): string {
  if (text.trim() === "") return "berkas kosong, bukan JSON";
  const at = /position (\d+)/.exec(error.message);
  const token = /^Unexpected token '(.)'/.exec(error.message);
  if (!at && token) {
    const ch = token[1];
    const shown = ch.trim() === "" ? `karakter kode ${ch.charCodeAt(0)}` : `"${ch}"`;
    return `bukan JSON yang sah: tanda ${shown} di tempat yang salah`;
  }
  if (!at) {
    return /end of (?:JSON|data) input/i.test(error.message)
      ? "bukan JSON yang sah: teksnya terpotong (kurung atau tanda kutip tidak ditutup)"
      : "bukan JSON yang sah (tanda baca salah atau teks terpotong)";
  }
  const pos = Number(at[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  const near = text
    .slice(Math.max(0, pos - 20), pos + 20)
    .replace(/\s+/g, " ")
    .trim();
  return `bukan JSON yang sah: baris ${line}, kolom ${column} (dekat "${near}")`;
}

export function fromData(json: unknown, source: string): Katalog {
  const problems = checkKatalog(json);
  if (problems.length > 0) throw new KatalogError(source, problems);
  return new Katalog(json as KatalogData);
}

// The shipped catalogue needs no schema check at run time (a test checks it), so it lives in a
// module without ajv; it is re-exported here for the callers that load catalogues anyway.
export { defaultKatalog } from "./defaultKatalog";
