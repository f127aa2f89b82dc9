/**
 * A catalogue from an .xlsx workbook in the layout `iki-cek katalog --xlsx` writes (sheets
 * Katalog, Unit, Jabatan and one per unit's entries), read from its bytes: the same reader for
 * the CLI and the pane, each passing its own inflater. Every problem names its sheet and cell.
 */
import { LeanXlsxError, readLeanWorkbook } from "../xlsx/leanXlsx";
import { Inflater, ZipError } from "../xlsx/zipReader";
import { KatalogError } from "./loadKatalog";
import { sheetsToKatalog, sparseToSheetData } from "./sheetLayout";
import type { KatalogData } from "./types";

export function katalogDataFromXlsx(
  bytes: Uint8Array,
  source: string,
  inflate: Inflater
): KatalogData {
  let sheets;
  try {
    sheets = readLeanWorkbook(bytes, inflate);
  } catch (e) {
    if (e instanceof ZipError)
      throw new KatalogError(source, [`berkasnya tidak dapat dibaca: ${e.message}`]);
    if (e instanceof LeanXlsxError)
      throw new KatalogError(source, [
        `isinya rusak (${e.message}); buka di Excel, lalu simpan ulang sebagai .xlsx`,
      ]);
    throw e;
  }
  return sheetsToKatalog(sparseToSheetData(sheets), source);
}
