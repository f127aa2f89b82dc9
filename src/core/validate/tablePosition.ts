/**
 * Which position a table belongs to, read from what is above it (its identity block or title)
 * or, failing that, from the sheet's name; resolved with the catalogue's names and aliases. A
 * name that fits several positions ("PENGADMINISTRASI UMUM") is settled by the indicators the
 * table carries, or left unknown.
 */
import { expandSheetAbbreviations } from "../template/sheetNames";
import { positionsNamed } from "../catalogue/cascading";
import type { Katalog } from "../catalogue/katalog";
import type { Entri, Jabatan, Unit } from "../catalogue/types";
import type { GridReader } from "../grid";
import {
  ASSESSED,
  ASSESSOR,
  IKI_TITLE,
  MAY_TELL,
  NOT_A_POSITION,
  POSITION_LABEL,
  SHEET_NOISE,
  TITLE_LINES,
  TITLE_NOISE,
} from "./positionVocabulary";

/** Texts that may name the table's position: those above it, the most telling first; the sheet's. */
/** An SKP holds IKI too: its indicators are the position's IKI (PermenPAN-RB 6/2022). */
const SAYS_IKI = /\bIKI\b|Indikator\s+Kinerja\s+Individu|\bSKP\b|Sasaran\s+Kinerja\s+Pegawai/i;
const SAYS_IKU = /\bIKU\b|Indikator\s+Kinerja\s+Utama/i;

/**
 * Whether the table says it holds IKI or IKU: in its title (the rows between `fromRow` and the
 * header, the nearest first), else in the sheet's name. Undefined when it says neither or both.
 */
export function tableLevel(
  reader: GridReader,
  fromRow: number,
  headerRow: number,
  sheetName: string,
  lastCol = Number.POSITIVE_INFINITY
): "iki" | "iku" | undefined {
  const said = (text: string) => {
    const iki = SAYS_IKI.test(text);
    const iku = SAYS_IKU.test(text);
    return iki === iku ? undefined : iki ? "iki" : "iku";
  };
  for (let r = headerRow - 1; r >= fromRow; r--) {
    const width = Math.min(reader.grid.values[r]?.length ?? 0, lastCol + 1);
    let row = "";
    for (let c = 0; c < width; c++) row += ` ${reader.ownText(r, c)}`;
    const level = said(row);
    if (level) return level;
  }
  return said(sheetName);
}

export interface PositionTexts {
  near: string[];
  sheet: string[];
}

/**
 * Reads the rows from `fromRow` to the header, in the table's columns and to their left (a block
 * beside the table is another's): identity lines first, the nearest above the table first and
 * left to right within a row, then titles. Lines in a "Pejabat Penilai" or "Atasan" block (an SKP
 * form names the assessor's position too) are skipped.
 */
export function positionTexts(
  reader: GridReader,
  fromRow: number,
  headerRow: number,
  sheetName: string,
  lastCol = Number.POSITIVE_INFINITY
): PositionTexts {
  const labelledRows: string[][] = [];
  const titledRows: string[][] = [];
  let assessor = false;
  /**
   * Where the blocks stand side by side ("PEGAWAI YANG DINILAI" | "PEJABAT PENILAI KINERJA" in
   * one row, as e-Kinerja prints an SKP): the assessor's block starts at this column.
   */
  let assessorFrom = Number.POSITIVE_INFINITY;
  for (let r = fromRow; r < headerRow; r++) {
    const width = Math.min(reader.grid.values[r]?.length ?? 0, lastCol + 1);
    // A row without a cell holding one of MAY_TELL's words changes nothing here.
    let tells = false;
    for (let c = 0; c < width && !tells; c++) tells = MAY_TELL.test(reader.ownText(r, c));
    if (!tells) continue;
    const cells: string[] = [];
    const cols: number[] = [];
    for (let c = 0; c < width; c++) {
      const t = reader.ownText(r, c).trim();
      if (t !== "") {
        cells.push(t);
        cols.push(c);
      }
    }
    // Only cells holding one of the words below can change anything here.
    const telling = cells.map((t) => MAY_TELL.test(t));
    const assessedAt = cells.findIndex((t, i) => telling[i] && ASSESSED.test(t));
    const assessorAt = cells.findIndex((t, i) => telling[i] && ASSESSOR.test(t));
    if (assessedAt >= 0 && assessorAt > assessedAt) {
      assessorFrom = cols[assessorAt];
      assessor = false;
    }
    // The assessed's block: the cells left of the assessor's.
    const left = cells.filter((_, i) => cols[i] < assessorFrom);
    const labelled: string[] = [];
    const titled: string[] = [];
    cells.forEach((text, i) => {
      if (cols[i] >= assessorFrom || !telling[i]) return;
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      lines.forEach((line, k) => {
        if (ASSESSOR.test(line)) assessor = true;
        else if (ASSESSED.test(line)) assessor = false;
        const label = POSITION_LABEL.exec(line);
        if (label) {
          const rest = (label[1] ?? "").trim() || nextValue(left, i);
          if (rest && !assessor) labelled.push(rest);
          return;
        }
        if (!IKI_TITLE.test(line)) return;
        const after = line.replace(TITLE_NOISE, " ").replace(/\s+/g, " ").trim();
        if (after && !NOT_A_POSITION.test(after)) titled.push(after);
        // The position on the title's next lines: in the same cell, or the rows below.
        const below = [
          ...lines.slice(k + 1),
          ...rowsBelow(reader, r + 1, headerRow, TITLE_LINES, lastCol),
        ].slice(0, TITLE_LINES);
        for (const b of below) {
          const name = b.replace(TITLE_NOISE, " ").trim();
          if (name && !NOT_A_POSITION.test(name) && !POSITION_LABEL.test(name)) {
            titled.push(name);
            break;
          }
        }
      });
    });
    labelledRows.push(labelled);
    titledRows.push(titled);
  }
  // The nearest row above the table first.
  const near = [...labelledRows.reverse().flat(), ...titledRows.reverse().flat()];
  // The sheet's name last, also without "IKI"/"IKU" before it, the year or a copy's "(2)" after
  // it, as the templates and Excel name sheets ("IKI Kasi Pemerintahan 2025 (2)").
  const bare = sheetName.replace(/_/g, " ").replace(SHEET_NOISE, " ").replace(/\s+/g, " ").trim();
  // The templates' abbreviations written out ("IKI Kasi Pem 2026": Kasi Pemerintahan).
  const expanded = expandSheetAbbreviations(bare);
  return {
    near,
    sheet: [...new Set([sheetName, bare, expanded].filter((n) => n !== ""))],
  };
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
function rowsBelow(
  reader: GridReader,
  from: number,
  headerRow: number,
  n: number,
  lastCol: number
): string[] {
  const found: string[] = [];
  for (let r = from; r < headerRow && found.length < n; r++) {
    const width = Math.min(reader.grid.values[r]?.length ?? 0, lastCol + 1);
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
 * The position the texts name: the first text that names exactly one; a text that names several
 * is settled by which one the catalogue gives most of the table's indicators to, else the next
 * texts may narrow it (a later text naming one of them settles it).
 */
export function resolvePosition(
  katalog: Katalog,
  texts: string[],
  entries: readonly Entri[]
): Jabatan | undefined {
  let open: Jabatan[] | undefined;
  for (const text of texts) {
    let candidates = positionsNamed(katalog, text);
    if (open && candidates.length > 0) {
      const both = candidates.filter((j) => open!.includes(j));
      if (both.length > 0) candidates = both;
    }
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return candidates[0];
    const carried = candidates.map((j) => entries.filter((e) => e.jabatan?.includes(j.id)).length);
    const best = Math.max(...carried);
    const winners = candidates.filter((_, i) => carried[i] === best);
    if (best > 0 && winners.length === 1) return winners[0];
    open ??= candidates;
  }
  return undefined;
}

/**
 * The unit a table without a known position belongs to (an IKU table names its office, not a
 * position): the nearest text naming a unit other than the kabupaten ("KECAMATAN ...", "DINAS
 * KESEHATAN"), else the unit most of its rows' catalogue indicators (two or more) belong to, else the kabupaten
 * where a text names it ("PEMERINTAH KABUPATEN LUMAJANG" heads every office's table too).
 */
export function resolveUnit(
  katalog: Katalog,
  texts: string[],
  entries: readonly Entri[],
  rows = entries.length
): Unit | undefined {
  let kabupaten: Unit | undefined;
  for (const text of texts) {
    const unit = katalog.findUnit(text);
    if (!unit) continue;
    if (unit.jenis !== "kabupaten") return unit;
    kabupaten ??= unit;
  }
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.unit, (count.get(e.unit) ?? 0) + 1);
  const [best] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  // Two or more of its indicators, and most of its rows.
  if (best && best[1] >= 2 && best[1] * 2 > rows) return katalog.unit(best[0]);
  return kabupaten;
}
