/**
 * A catalogue chosen for one workbook travels with the workbook, as a custom XML part
 * (ExcelApi 1.5), so the next person who opens the file checks against the same catalogue.
 */
import { ExcelHost } from "./host";
import { queuePartsOf, queueReplace, readPart, wrapText, xmlPartsSupported } from "./xmlParts";

export const CATALOGUE_NAMESPACE = "https://asisten-iki.lumajangkab.go.id/katalog/1";

export const catalogueStorageSupported = xmlPartsSupported;

/** Replaces the workbook's saved catalogue (two syncs); undefined removes it. */
function replaceCatalogue(host: ExcelHost, json: string | undefined): Promise<void> {
  return host.run(async (context) => {
    const parts = queuePartsOf(context, CATALOGUE_NAMESPACE);
    await context.sync();
    queueReplace(
      context,
      parts,
      json === undefined ? undefined : wrapText("katalog", CATALOGUE_NAMESPACE, json)
    );
    await context.sync();
  });
}

export function saveCatalogue(host: ExcelHost, json: string): Promise<void> {
  return replaceCatalogue(host, json);
}

/** The catalogue JSON saved in this workbook, if any (two syncs). */
export function loadCatalogue(host: ExcelHost): Promise<string | undefined> {
  return readPart(host, CATALOGUE_NAMESPACE);
}

export function removeCatalogue(host: ExcelHost): Promise<void> {
  return replaceCatalogue(host, undefined);
}
