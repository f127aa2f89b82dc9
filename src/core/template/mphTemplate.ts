/**
 * Matriks Peran Hasil (the cascading evidence SAKIP evaluations ask for, PermenPAN-RB 88/2021
 * and 89/2021): one row per IKU of the unit with its sasaran and the kabupaten IKU it serves, one
 * column per position from the head down, each cell the IKI of that position that carries the
 * row. Built from the catalogue's `induk` links, or from the IKI tables found in a workbook.
 */
import { ikuOf, positionsTopDown, supports } from "../catalogue/cascading";
import { Katalog } from "../catalogue/katalog";
import { Entri, Jabatan } from "../catalogue/types";
import type { SheetReport } from "../validate/findings";
import { Draft, letterhead, unitHeading } from "./draft";
import { sheetNameFor, checkTahun, TemplateError, TemplateModel } from "./templateModel";

export interface MphOptions {
  unit: string;
  namaUnit?: string;
  tahun: number;
}

/** A workbook's IKI per position: each position's indicator rows (text and catalogue match). */
export type MphSource = Map<string, Array<{ indikator: string; entri?: string }>>;

export interface MphMatrix {
  iku: Entri[];
  positions: Jabatan[];
  /** cells[i][p]: the indicators of position p that carry IKU i. */
  cells: string[][][];
  /** "katalog" or "buku kerja": where the IKI came from. */
  dari: "katalog" | "buku kerja";
}

/** The IKI of each position found in checked sheets (tables whose position was read). */
export function mphSourceFrom(sheets: readonly SheetReport[]): MphSource {
  const source: MphSource = new Map();
  for (const sheet of sheets)
    for (const { table, rows } of sheet.indicators) {
      if (!table.jabatan) continue;
      const list = source.get(table.jabatan) ?? [];
      for (const r of rows)
        list.push({ indikator: r.indikator, ...(r.entri ? { entri: r.entri } : {}) });
      source.set(table.jabatan, list);
    }
  return source;
}

/** The matrix of a unit: from the workbook's tables when given (its positions only), else the catalogue. */
export function mphMatrix(katalog: Katalog, unitId: string, source?: MphSource): MphMatrix {
  const unit = katalog.unit(unitId);
  if (!unit) throw new TemplateError(`Unit "${unitId}" tidak ada di katalog.`);
  const iku = ikuOf(katalog, unitId);
  if (iku.length === 0) throw new TemplateError(`Katalog tidak memuat IKU ${unit.nama}.`);
  const all = positionsTopDown(katalog, unitId);
  if (all.length === 0)
    throw new TemplateError(
      `Katalog tidak memuat jabatan ${unit.nama}: matriks peran hasil memerlukan jabatan.`
    );
  const fromWorkbook = source !== undefined && all.some((j) => source.has(j.id));
  const positions = fromWorkbook ? all.filter((j) => source!.has(j.id)) : all;
  const cells = iku.map((row) =>
    positions.map((j) => {
      const carried = fromWorkbook
        ? source!
            .get(j.id)!
            .filter((r) => r.entri !== undefined && supports(katalog, r.entri, row.id))
            .map((r) => r.indikator)
        : katalog
            .entriesFor({ unit: unitId, jabatan: j.id, level: "iki" })
            .filter((e) => supports(katalog, e.id, row.id))
            .map((e) => e.indikator);
      return [...new Set(carried)];
    })
  );
  return { iku, positions, cells, dari: fromWorkbook ? "buku kerja" : "katalog" };
}

/** An empty cell of the matrix (a dash that no spreadsheet reads as a minus sign). */
const NONE = "–";
const FIXED = ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Mendukung IKU Kabupaten"];

export function buildMphTemplate(
  katalog: Katalog,
  options: MphOptions,
  source?: MphSource
): TemplateModel & { mph: MphMatrix } {
  checkTahun(options.tahun);
  const unit = katalog.unit(options.unit);
  if (!unit) throw new TemplateError(`Unit "${options.unit}" tidak ada di katalog.`);
  const m = mphMatrix(katalog, unit.id, source);
  const cols = FIXED.length + m.positions.length + 1;
  const d = new Draft(cols);
  let r = letterhead(
    d,
    "MATRIKS PERAN HASIL",
    unitHeading(unit, options.namaUnit),
    `TAHUN ${options.tahun}`
  );

  const headerRow = r;
  FIXED.forEach((t, c) => d.put(headerRow, c, t, "header"));
  m.positions.forEach((j, p) => d.put(headerRow, FIXED.length + p, j.nama, "header"));
  d.put(headerRow, cols - 1, "Keterangan", "header");
  r++;
  const first = r;
  m.iku.forEach((iku, i) => {
    const parent = iku.induk ? katalog.entri(iku.induk) : undefined;
    d.put(r, 0, iku.nomor ?? String(i + 1), "isi-tengah");
    d.put(r, 1, iku.sasaran, "isi");
    d.put(r, 2, iku.indikator, "isi");
    // The kabupaten IKU by name: the decree numbers its sasaran and its IKU differently.
    d.put(r, 3, parent ? parent.indikator : NONE, "isi");
    m.cells[i].forEach((carried, p) => {
      const text =
        carried.length === 0
          ? NONE
          : carried.length === 1
            ? carried[0]
            : carried.map((t, k) => `${k + 1}. ${t}`).join("\n");
      d.put(r, FIXED.length + p, text, "isi");
    });
    const none = m.cells[i].every((c) => c.length === 0);
    d.put(r, cols - 1, none ? "Belum didukung IKI jabatan mana pun" : "", "isi");
    r++;
  });
  const last = r - 1;
  r++;
  d.put(
    r,
    0,
    `Sel "${NONE}": tidak ada IKI jabatan itu yang mendukung IKU pada barisnya. Disusun dari ${m.dari === "katalog" ? "tautan induk katalog" : "tabel IKI di buku kerja ini, dicocokkan dengan katalog"}.`
  );
  d.merge(r, 0, r, cols - 1);
  r++;

  return d.model(r, {
    widths: [5, 22, 26, 18, ...m.positions.map(() => 17), 14],
    headerRow,
    bodyRows: [first, last],
    // All columns one page wide; the writers take F4 or A3 when A4 would print below 8 pt.
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
    },
    sheetName: sheetNameFor("MPH", options.tahun, unit),
    mph: m,
  });
}
