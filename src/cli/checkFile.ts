/**
 * One file of `iki-cek periksa`: read, checked, and its result or the reason it could not be,
 * in Indonesian, naming the file. The same code runs in the worker threads (periksaWorker.ts) and,
 * where there are none, in the main thread.
 */
import type { Katalog } from "../core/catalogue/katalog";
import { Banding, validateCascade, validateSheets } from "../core/validate";
import { validateBanding } from "../core/validate/banding";
import type { Finding, TableSummary } from "../core/validate";
import { UnreadableFileError } from "./errors";
import { readWorkbookGrids } from "./workbookGrid";

export interface FileChecked {
  file: string;
  tables: TableSummary[];
  findings: Finding[];
  /** The catalogue entries its indicator rows match (for the summary's cascade across units). */
  entri: string[];
  banding?: string;
}

export type FileOutcome =
  { ok: true; report: FileChecked } | { ok: false; file: string; pesan: string };

export async function checkFile(
  file: string,
  katalog: Katalog,
  banding?: Banding
): Promise<FileOutcome> {
  let step = "membaca berkas";
  try {
    const grids = await readWorkbookGrids(file);
    step = "memeriksa tabelnya";
    const sheets = validateSheets(grids, katalog);
    const report: FileChecked = { file, tables: [], findings: [], entri: [] };
    const entri = new Set<string>();
    for (const sheet of sheets) {
      // One push per item: spreading a large sheet's findings as arguments overflows the stack.
      for (const t of sheet.tables) report.tables.push(t);
      for (const f of sheet.findings) report.findings.push(f);
      for (const t of sheet.indicators) for (const r of t.rows) if (r.entri) entri.add(r.entri);
    }
    for (const f of validateCascade(sheets, katalog)) report.findings.push(f);
    if (banding) {
      for (const f of validateBanding(banding.sheets, sheets, katalog, banding.nama))
        report.findings.push(f);
      report.banding = banding.nama;
    }
    report.entri = [...entri];
    return { ok: true, report };
  } catch (e) {
    return { ok: false, file, pesan: fileProblem(file, step, e) };
  }
}

/**
 * Why one file was not checked, in one Indonesian line naming it: its own message for a file
 * that cannot be read; otherwise what was being done and the error's text, never a stack.
 */
export function fileProblem(file: string, step: string, e: unknown): string {
  if (e instanceof UnreadableFileError) return e.message;
  if (e instanceof RangeError && /call stack|Invalid array length|allocation/i.test(e.message))
    return `${file}: terlalu besar atau terlalu rumit untuk diperiksa (saat ${step}). Laporkan berkas ini kepada pengembang.`;
  const text = e instanceof Error ? e.message : String(e);
  return `${file}: kesalahan tak terduga saat ${step} (${text.split("\n")[0].slice(0, 200)}). Laporkan berkas ini kepada pengembang.`;
}
