/**
 * One file of `iki-cek periksa`: read, checked, and its result or the reason it could not be,
 * in Indonesian, naming the file. The same code runs in the worker threads (periksaWorker.ts) and,
 * where there are none, in the main thread.
 */
import type { Katalog } from "../core/catalogue/katalog";
import { Banding, validateCascade, validateSheets, ValidationCache } from "../core/validate";
import { validateBanding } from "../core/validate/banding";
import { counts, textFileReport } from "../core/validate";
import type { FileReport, Finding, Severity, TableSummary } from "../core/validate";
import { KesiapanTabel, kesiapanLke } from "../core/validate/kesiapanLke";
import { RekapBagian, rekapBagian } from "../core/validate/rekap";
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

/**
 * A file checked and already put as the report shows it (in the thread that checked it, so the
 * main thread only writes): its text or JSON, its share of the summary and its readiness; its
 * findings only where an output needs them all (--html, --xlsx).
 */
export interface FileDone {
  ok: true;
  file: string;
  teks: string;
  bagian: RekapBagian;
  kesiapan: KesiapanTabel[];
  tabel: number;
  temuan: Record<Severity, number>;
  report?: FileChecked;
}

export type FileOutcome = FileDone | { ok: false; file: string; pesan: string };

export interface FormatOptions {
  /** The report each file is given as: text, or its JSON object (indented for "files"). */
  format: "teks" | "json";
  /** Whether the whole report travels back too (for --html and --xlsx). */
  keep: boolean;
}

/** Checks a file and formats what the report needs of it. */
export async function checkAndFormat(
  file: string,
  katalog: Katalog,
  options: FormatOptions,
  banding?: Banding
): Promise<FileOutcome> {
  const outcome = await checkFile(file, katalog, banding);
  if (!outcome.ok) return outcome;
  const f = outcome.report;
  const report: FileReport = {
    file: f.file,
    tables: f.tables,
    findings: f.findings,
    ...(f.banding ? { banding: f.banding } : {}),
  };
  const kesiapan = kesiapanLke(report);
  return {
    ok: true,
    file,
    teks:
      options.format === "json" ? asFilesEntry({ ...report, kesiapan }) : textFileReport(report),
    bagian: rekapBagian(f),
    kesiapan,
    tabel: f.tables.length,
    temuan: counts(f.findings),
    ...(options.keep ? { report: f } : {}),
  };
}

const ENTRY_START = '{\n  "files": [\n';
const ENTRY_END = "\n  ]\n}";

/**
 * A file's JSON object as an entry of the report's "files" list, indented by four spaces: cut
 * from the list JSON.stringify writes around it. Indenting each line afterwards gave a string
 * of many pieces that had to be copied whole before it could be written (measured on 1,000
 * reports: formatting, escaping and writing them took 140 ms instead of 230-290 ms).
 */
function asFilesEntry(value: object): string {
  const list = JSON.stringify({ files: [value] }, null, 2);
  return list.slice(ENTRY_START.length, list.length - ENTRY_END.length);
}

export type CheckOutcome =
  { ok: true; report: FileChecked } | { ok: false; file: string; pesan: string };

/** The formulas parsed and matched so far in this thread against a catalogue, reused by the next file. */
let shared: { katalog: Katalog; cache: ValidationCache } | undefined;

export async function checkFile(
  file: string,
  katalog: Katalog,
  banding?: Banding
): Promise<CheckOutcome> {
  let step = "membaca berkas";
  try {
    const grids = await readWorkbookGrids(file);
    step = "memeriksa tabelnya";
    const cache = new ValidationCache(shared?.katalog === katalog ? shared.cache : undefined);
    shared = { katalog, cache };
    const sheets = validateSheets(grids, katalog, cache);
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
