/**
 * Which position a table belongs to, read from what is above it (its identity block or title)
 * or, failing that, from the sheet's name; resolved with the catalogue's names and aliases. A
 * name that fits several positions ("PENGADMINISTRASI UMUM") is settled by the indicators the
 * table carries, or left unknown.
 */
import { positionsNamed } from "../catalogue/cascading";
import type { Katalog } from "../catalogue/katalog";
import type { Entri, Jabatan } from "../catalogue/types";
import type { GridReader } from "../grid";
import {
  IKI_TITLE,
  NOT_A_POSITION,
  POSITION_LABEL,
  SHEET_NOISE,
  TITLE_LINES,
  TITLE_NOISE,
} from "./positionVocabulary";

/** Texts that may name the table's position, the most telling first. */
export function positionTexts(
  reader: GridReader,
  fromRow: number,
  headerRow: number,
  sheetName: string
): string[] {
  const labelled: string[] = [];
  const titled: string[] = [];
  for (let r = fromRow; r < headerRow; r++) {
    const cells: string[] = [];
    const width = reader.grid.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const t = reader.ownText(r, c).trim();
      if (t !== "") cells.push(t);
    }
    cells.forEach((text, i) => {
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      lines.forEach((line, k) => {
        const label = POSITION_LABEL.exec(line);
        if (label) {
          const rest = (label[1] ?? "").trim() || nextValue(cells, i);
          if (rest) labelled.unshift(rest); // the nearest identity line above the table first
          return;
        }
        if (!IKI_TITLE.test(line)) return;
        const after = line.replace(TITLE_NOISE, " ").replace(/\s+/g, " ").trim();
        if (after && !NOT_A_POSITION.test(after)) titled.unshift(after);
        // The position on the title's next lines: in the same cell, or the rows below.
        const below = [
          ...lines.slice(k + 1),
          ...rowsBelow(reader, r + 1, headerRow, TITLE_LINES),
        ].slice(0, TITLE_LINES);
        for (const b of below) {
          const name = b.replace(TITLE_NOISE, " ").trim();
          if (name && !NOT_A_POSITION.test(name) && !POSITION_LABEL.test(name)) {
            titled.unshift(name);
            break;
          }
        }
      });
    });
  }
  // The sheet's name last, also without "IKI"/"IKU" before it and the year after it, as the
  // templates name their sheets ("IKI Kasi Pemerintahan 2025").
  const bare = sheetName.replace(SHEET_NOISE, " ").replace(/\s+/g, " ").trim();
  return [...labelled, ...titled, sheetName, ...(bare && bare !== sheetName ? [bare] : [])];
}

/** The first filled cell after the label's, a lone ":" skipped. */
function nextValue(cells: string[], i: number): string {
  for (const t of cells.slice(i + 1)) {
    const v = t.replace(/^:\s*/, "").trim();
    if (v !== "") return v;
  }
  return "";
}

/** The first filled cell of each of the next `n` non-blank rows (before the header). */
function rowsBelow(reader: GridReader, from: number, headerRow: number, n: number): string[] {
  const found: string[] = [];
  for (let r = from; r < headerRow && found.length < n; r++) {
    const width = reader.grid.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const t = reader.ownText(r, c).trim();
      if (t !== "") {
        found.push(t.split(/\r?\n/)[0].trim());
        break;
      }
    }
  }
  return found;
}

/**
 * The position the texts name: the first text that names any; several candidates are settled by
 * which one the catalogue gives most of the table's indicators to.
 */
export function resolvePosition(
  katalog: Katalog,
  texts: string[],
  entries: readonly Entri[]
): Jabatan | undefined {
  for (const text of texts) {
    const candidates = positionsNamed(katalog, text);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return candidates[0];
    const carried = candidates.map((j) => entries.filter((e) => e.jabatan?.includes(j.id)).length);
    const best = Math.max(...carried);
    const winners = candidates.filter((_, i) => carried[i] === best);
    return best > 0 && winners.length === 1 ? winners[0] : undefined;
  }
  return undefined;
}
