/**
 * A catalogue chosen for one workbook travels with the workbook, as a custom XML part
 * (ExcelApi 1.5), so the next person who opens the file checks against the same catalogue.
 */
import { ExcelHost } from "./host";

export const CATALOGUE_NAMESPACE = "https://asisten-iki.lumajangkab.go.id/katalog/1";

function wrap(json: string): string {
  // CDATA cannot contain "]]>": split it across two sections.
  return `<katalog xmlns="${CATALOGUE_NAMESPACE}"><![CDATA[${json.replace(/]]>/g, "]]]]><![CDATA[>")}]]></katalog>`;
}

export function unwrap(xml: string): string | undefined {
  const parts = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  return parts.length ? parts.join("") : undefined;
}

export function catalogueStorageSupported(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", "1.5");
}

/** Replaces the workbook's saved catalogue (two syncs). */
export function saveCatalogue(host: ExcelHost, json: string): Promise<void> {
  return host.run(async (context) => {
    const old = context.workbook.customXmlParts.getByNamespace(CATALOGUE_NAMESPACE);
    old.load("items");
    await context.sync();
    for (const part of old.items) part.delete();
    context.workbook.customXmlParts.add(wrap(json));
    await context.sync();
  });
}

/** The catalogue JSON saved in this workbook, if any (two syncs). */
export function loadCatalogue(host: ExcelHost): Promise<string | undefined> {
  return host.run(async (context) => {
    const part = context.workbook.customXmlParts
      .getByNamespace(CATALOGUE_NAMESPACE)
      .getOnlyItemOrNullObject();
    await context.sync();
    if (part.isNullObject) return undefined;
    const xml = part.getXml();
    await context.sync();
    // A ClientResult is filled by the sync; it has no load() (the rule mistakes it for a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    return unwrap(xml.value);
  });
}

export function removeCatalogue(host: ExcelHost): Promise<void> {
  return host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(CATALOGUE_NAMESPACE);
    parts.load("items");
    await context.sync();
    for (const part of parts.items) part.delete();
    await context.sync();
  });
}
