import { readFile } from "node:fs/promises";
import { Katalog } from "../core/catalogue/katalog";
import { defaultKatalog } from "../core/catalogue/defaultKatalog";
import { decodeText } from "../core/catalogue/decodeText";
import type { Unit } from "../core/catalogue/types";
import { didYouMean, suggestUnits } from "../core/catalogue/suggest";
import { UnreadableFileError } from "./errors";
import { UsageError } from "./io";

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

/**
 * The catalogue unit a user typed (--unit), or a UsageError naming it with the closest units;
 * `hint` ends the message (where to see the list).
 */
export function requireUnit(katalog: Katalog, text: string, hint = ""): Unit {
  const unit = katalog.findUnit(text);
  if (!unit)
    throw new UsageError(
      `Unit "${text}" tidak ada di katalog.${didYouMean(suggestUnits(katalog, text))}${hint ? ` ${hint}` : ""}`
    );
  return unit;
}
