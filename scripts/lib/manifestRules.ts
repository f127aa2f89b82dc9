/**
 * Offline structural checks of manifest.xml and functions.json. Microsoft's validator
 * (`npm run validate:online`) needs the internet; this catches the mistakes that break loading:
 * element order, dangling resids, long ids, http URLs, a missing shared runtime.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface Problem {
  where: string;
  message: string;
}

type OrderedNode = { [tag: string]: OrderedNode[] | string } & { ":@"?: Record<string, string> };

const OFFICEAPP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const VERSION_OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** Child order of the elements we use, from the add-in manifest XSD (taskpane app, v1.1). */
const CHILD_ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
    "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
    "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides", "ExtendedOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  Control: ["Label", "Supertip", "Icon", "Action", "Items"],
  Group: ["Label", "Icon", "Control"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
};
const REQUIRED_OFFICEAPP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "DefaultSettings", "Permissions"];

/** Which resource list a resid must point into, by the element carrying it. */
const RESID_KIND: Record<string, "bt:Urls" | "bt:Images" | "bt:ShortStrings" | "bt:LongStrings"> = {
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  "bt:Image": "bt:Images",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

function tagOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}
function childrenOf(node: OrderedNode): OrderedNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? value : [];
}
function attrs(node: OrderedNode): Record<string, string> {
  return node[":@"] ?? {};
}
function textOf(node: OrderedNode): string {
  return childrenOf(node)
    .map((c) => (typeof c["#text"] === "string" || typeof c["#text"] === "number" ? String(c["#text"]) : ""))
    .join("")
    .trim();
}

function walk(node: OrderedNode, path: string, visit: (n: OrderedNode, path: string) => void): void {
  const tag = tagOf(node);
  if (tag === "#text" || tag === "?xml") return;
  const here = `${path}/${tag}`;
  visit(node, here);
  for (const child of childrenOf(node)) walk(child, here, visit);
}

/** Why a manifest URL is unusable (not https, not a URL, spaces, a doubled slash), or undefined. */
export function urlProblem(url: string): string | undefined {
  if (!url.startsWith("https://")) return "harus https";
  if (/\s/.test(url)) return "berisi spasi";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "bukan URL yang sah";
  }
  if (!parsed.hostname || /[^a-z0-9.-]/i.test(parsed.hostname)) return "nama host tidak sah";
  if (parsed.pathname.includes("//")) return "berisi garis miring ganda";
  return undefined;
}

export function checkManifest(xml: string): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    add(`baris ${wellFormed.err.line}`, `XML tidak valid: ${wellFormed.err.msg}`);
    return problems;
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "" });
  const doc = parser.parse(xml) as OrderedNode[];
  const root = doc.find((n) => tagOf(n) === "OfficeApp");
  if (!root) {
    add("/", "Elemen akar <OfficeApp> tidak ada.");
    return problems;
  }
  if (attrs(root).xmlns !== OFFICEAPP_NS) add("/OfficeApp", `Namespace harus ${OFFICEAPP_NS}.`);
  if (attrs(root)["xsi:type"] !== "TaskPaneApp") add("/OfficeApp", 'xsi:type harus "TaskPaneApp".');

  const rootChildren = childrenOf(root).map(tagOf).filter((t) => t !== "#text");
  for (const required of REQUIRED_OFFICEAPP) {
    if (!rootChildren.includes(required)) add("/OfficeApp", `Elemen wajib <${required}> tidak ada.`);
  }

  // Element order, as the XSD sequence demands.
  walk(root, "", (node, path) => {
    const order = CHILD_ORDER[tagOf(node)];
    if (!order) return;
    let last = -1;
    let lastTag = "";
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      const index = order.indexOf(tag);
      if (index < 0) continue;
      if (index < last) add(path, `<${tag}> harus berada sebelum <${lastTag}> (urutan skema).`);
      else {
        last = index;
        lastTag = tag;
      }
    }
  });

  const id = textOf(childrenOf(root).find((n) => tagOf(n) === "Id") ?? ({} as OrderedNode));
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    add("/OfficeApp/Id", `Id "${id}" bukan GUID.`);
  }
  const version = textOf(childrenOf(root).find((n) => tagOf(n) === "Version") ?? ({} as OrderedNode));
  if (!/^\d{1,5}(\.\d{1,5}){1,3}$/.test(version)) add("/OfficeApp/Version", `Versi "${version}" tidak sah.`);

  // Resources by kind, with id length and https checks.
  const resources = new Map<string, Map<string, string>>();
  let versionOverrides: OrderedNode | undefined;
  walk(root, "", (node, path) => {
    const tag = tagOf(node);
    if (tag === "VersionOverrides" && !versionOverrides) versionOverrides = node;
    if (tag in { "bt:Images": 1, "bt:Urls": 1, "bt:ShortStrings": 1, "bt:LongStrings": 1 } && path.includes("/Resources/")) {
      const list = new Map<string, string>();
      for (const item of childrenOf(node)) {
        if (tagOf(item) === "#text") continue;
        const a = attrs(item);
        if (!a.id) add(path, "Sumber daya tanpa atribut id.");
        else {
          if (list.has(a.id)) add(path, `id "${a.id}" ganda.`);
          if (a.id.length > 32) add(path, `id "${a.id}" lebih dari 32 karakter.`);
          list.set(a.id, a.DefaultValue ?? "");
        }
      }
      resources.set(tag, list);
    }
  });
  if (!versionOverrides) add("/OfficeApp", "<VersionOverrides> tidak ada: tidak ada perintah pita maupun fungsi kustom.");
  else if (attrs(versionOverrides).xmlns !== VERSION_OVERRIDES_NS) add("/OfficeApp/VersionOverrides", `Namespace harus ${VERSION_OVERRIDES_NS}.`);

  for (const kind of ["bt:Urls", "bt:Images"]) {
    for (const [rid, url] of resources.get(kind) ?? []) {
      const problem = urlProblem(url);
      if (problem) add(`Resources/${kind}`, `URL "${rid}" ${problem}: ${url}`);
    }
  }

  const runtimeResids: string[] = [];
  const pageResids: string[] = [];
  const functionFileResids: string[] = [];
  const setNames: string[] = [];
  let namespaceResid = "";
  walk(root, "", (node, path) => {
    const tag = tagOf(node);
    const a = attrs(node);
    if (a.id !== undefined && a.id.length > 32 && !path.includes("/Resources/")) {
      add(path, `id "${a.id}" lebih dari 32 karakter.`);
    }
    for (const key of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
      const problem = tag === key && a.DefaultValue !== undefined ? urlProblem(a.DefaultValue) : undefined;
      if (problem) add(path, `URL ${problem}: ${a.DefaultValue}`);
    }
    if (tag === "TaskpaneId") add(path, "<TaskpaneId> tidak boleh dipakai dengan runtime bersama (lifetime long).");
    if (tag === "Set" && a.Name) setNames.push(a.Name);
    if (a.resid !== undefined) {
      if (a.resid.length > 32) add(path, `resid "${a.resid}" lebih dari 32 karakter.`);
      const kind = RESID_KIND[tag];
      const list = kind ? resources.get(kind) : undefined;
      if (!kind) add(path, `resid pada elemen <${tag}> yang tidak dikenal.`);
      else if (!list || !list.has(a.resid)) add(path, `resid "${a.resid}" tidak ditemukan di ${kind}.`);
      if (tag === "Runtime") {
        runtimeResids.push(a.resid);
        if (a.lifetime !== "long") add(path, 'Runtime bersama harus lifetime="long".');
      }
      if (tag === "SourceLocation" && path.endsWith("/Page/SourceLocation")) pageResids.push(a.resid);
      if (tag === "FunctionFile") functionFileResids.push(a.resid);
      if (tag === "Namespace") namespaceResid = a.resid;
    }
  });

  if (!setNames.includes("SharedRuntime")) add("Requirements", 'Set "SharedRuntime" tidak dideklarasikan.');
  if (runtimeResids.length !== 1) add("Runtimes", "Harus ada tepat satu <Runtime> bersama.");
  const shared = runtimeResids[0];
  for (const [what, list] of [["Page fungsi kustom", pageResids], ["FunctionFile", functionFileResids]] as const) {
    if (list.length === 0) add("Host", `${what} tidak ada.`);
    for (const rid of list) {
      if (shared && rid !== shared) add("Host", `${what} memakai resid "${rid}", bukan runtime bersama "${shared}".`);
    }
  }
  if (!namespaceResid) add("CustomFunctions", "<Namespace> fungsi kustom tidak ada.");
  else {
    const ns = resources.get("bt:ShortStrings")?.get(namespaceResid) ?? "";
    if (!/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(ns)) add("CustomFunctions", `Namespace "${ns}" tidak sah.`);
  }
  return problems;
}

/** Names Excel would read as a cell reference (A1, XFD1048576, R1C1) are refused as function names. */
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|R\d*C\d*)$/;

export function checkFunctionsJson(text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });
  let json: { functions?: unknown };
  try {
    json = JSON.parse(text) as { functions?: unknown };
  } catch (e) {
    return [{ where: "functions.json", message: `JSON tidak valid: ${(e as Error).message}` }];
  }
  if (!Array.isArray(json.functions) || json.functions.length === 0) {
    return [{ where: "functions.json", message: "Tidak ada daftar fungsi." }];
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const f of json.functions as Array<Record<string, unknown>>) {
    const id = String(f.id ?? "");
    const where = `fungsi ${id || "(tanpa id)"}`;
    if (!/^[A-Za-z][A-Za-z0-9._]{2,}$/.test(id)) add(where, "id harus diawali huruf, minimal 3 karakter, hanya A-Z, 0-9, titik, garis bawah.");
    if (CELL_LIKE.test(id)) add(where, "id menyerupai alamat sel.");
    if (ids.has(id)) add(where, "id ganda.");
    ids.add(id);
    const name = String(f.name ?? "");
    if (!/^[\p{L}][\p{L}\p{N}._]{2,127}$/u.test(name)) add(where, `nama "${name}" tidak sah.`);
    if (names.has(name)) add(where, "nama ganda.");
    names.add(name);
    if (typeof f.description !== "string" || f.description.trim() === "") add(where, "deskripsi fungsi kosong.");
    const params = Array.isArray(f.parameters) ? (f.parameters as Array<Record<string, unknown>>) : [];
    for (const p of params) {
      if (typeof p.description !== "string" || p.description.trim() === "") {
        add(where, `parameter "${String(p.name)}" tanpa deskripsi.`);
      }
    }
  }
  return problems;
}
