import { readFile } from "node:fs/promises";
import { Katalog } from "../core/catalogue/katalog";
import { defaultKatalog } from "../core/catalogue/defaultKatalog";
import { decodeText } from "../core/catalogue/decodeText";
import { UnreadableFileError } from "./errors";

/** The catalogue named by --katalog (JSON, or .xlsx as exported), or the shipped one. */
export async function loadCatalogue(file?: string): Promise<Katalog> {
  if (!file) return defaultKatalog();
  // The schema validator (ajv) and the sheet layout load only for a catalogue from a file.
  const { fromData, parseKatalog } = await import("../core/catalogue/loadKatalog");
  if (/\.xlsx$/i.test(file)) {
    const { sheetsToKatalog } = await import("../core/catalogue/sheetLayout");
    // exceljs is loaded only for a catalogue kept in Excel.
    const { readSheets } = await import("./xlsxRead");
    return fromData(sheetsToKatalog(await readSheets(file), file), file);
  }
  let text: string;
  try {
    // UTF-16 from Notepad and ANSI text are read as what they are, not as broken UTF-8.
    text = decodeText(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      file,
      code === "ENOENT" ? "berkas tidak ditemukan" : `tidak dapat dibaca (${code})`
    );
  }
  return parseKatalog(text, file);
}
