/**
 * Text the add-in keeps in the workbook as a custom XML part (ExcelApi 1.5), one part per
 * namespace: the saved catalogue, the marks of "Tandai". The text goes in CDATA sections.
 */
import type { XContext, XCustomXmlPartScopedCollection } from "./officeApi";
import { ExcelHost } from "./host";

export function xmlPartsSupported(host: ExcelHost): boolean {
  return host.isSetSupported("ExcelApi", "1.5");
}

/** `<root xmlns="namespace"><![CDATA[text]]></root>`; CDATA cannot hold "]]>": split across two. */
export function wrapText(root: string, namespace: string, text: string): string {
  return `<${root} xmlns="${namespace}"><![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]></${root}>`;
}

/** The text of a part's CDATA sections; undefined when it has none. */
export function unwrapText(xml: string): string | undefined {
  const parts = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]);
  return parts.length ? parts.join("") : undefined;
}

/** The text stored under `namespace`, if any (two syncs). */
export function readPart(host: ExcelHost, namespace: string): Promise<string | undefined> {
  return host.run(async (context) => {
    const part = context.workbook.customXmlParts
      .getByNamespace(namespace)
      .getOnlyItemOrNullObject();
    await context.sync();
    if (part.isNullObject) return undefined;
    const xml = part.getXml();
    await context.sync();
    // A ClientResult is filled by the sync; it has no load() (the rule mistakes it for a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    return unwrapText(xml.value);
  });
}

/** The parts under `namespace`, queued for loading (read `.items` after the next sync). */
export function queuePartsOf(context: XContext, namespace: string): XCustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items");
  return parts;
}

/**
 * Queues the replacement of the loaded `parts` by one part holding `xml`, or their removal when
 * `xml` is undefined (no sync of its own).
 */
export function queueReplace(
  context: XContext,
  parts: XCustomXmlPartScopedCollection,
  xml: string | undefined
): void {
  for (const part of parts.items) part.delete();
  if (xml !== undefined) context.workbook.customXmlParts.add(xml);
}
