import { parseArgs } from "node:util";
import path from "node:path";
import {
  Banding,
  FileReport,
  htmlReport,
  textReport,
  validateSheets,
  validateWorkbook,
} from "../core/validate";
import { ikuSets } from "../core/validate/banding";
import { kesiapanLke, kesiapanUnit } from "../core/validate/kesiapanLke";
import { loadCatalogue } from "./catalogueSource";
import { PERIKSA_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { checkOutput, OutputError, writeTextAtomically } from "./output";
import { UnreadableFileError } from "./errors";
import { readWorkbookGrids } from "./workbookGrid";
import { expandInputs } from "./expandInputs";

export async function periksaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      html: { type: "string" },
      katalog: { type: "string" },
      banding: { type: "string" },
      timpa: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.out(PERIKSA_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError(`Sebutkan berkas .xlsx atau folder yang diperiksa.\n\n${PERIKSA_HELP}`);
  // Folders become the .xlsx files under them (lock and temporary files skipped, counted).
  const inputs = expandInputs(positionals);
  if (inputs.skipped.length > 0 && !values.json)
    io.err(
      `${inputs.skipped.length} berkas kunci atau sementara Office (~$...) dilewati: ${inputs.skipped.slice(0, 3).join(", ")}${inputs.skipped.length > 3 ? ", ..." : ""}.`
    );
  if (inputs.files.length === 0 && inputs.unreadable.length === 0)
    throw new UsageError(`Tidak ada berkas .xlsx di ${positionals.join(", ")}.`);
  // A refused --html is said after the report, which is still printed (nothing is lost).
  let refused: OutputError | undefined;
  const html = values.html
    ? { file: values.html, option: "--html", timpa: values.timpa }
    : undefined;
  if (html) {
    try {
      checkOutput(
        html,
        [
          ...positionals,
          ...(values.katalog ? [values.katalog] : []),
          ...(values.banding ? [values.banding] : []),
        ],
        values.timpa!
      );
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      refused = e;
    }
  }
  const katalog = await loadCatalogue(values.katalog);
  // The earlier year's workbook, read and checked once; a file that cannot be read ends the run
  // before any other is checked (the comparison was asked for and cannot be made).
  let banding: Banding | undefined;
  if (values.banding) {
    const nama = path.basename(values.banding);
    const sheets = validateSheets(await readWorkbookGrids(values.banding), katalog);
    banding = { nama, sheets };
    if (ikuSets(sheets, katalog, nama).length === 0)
      io.err(
        `${values.banding}: tidak ditemukan tabel IKU (judul atau nama lembar "IKU", IKU katalog, atau tabel Perjanjian Kinerja), jadi tidak ada IKU yang dibandingkan.`
      );
  }

  // Each file on its own: one that cannot be read (or that breaks the checker) is named with why,
  // and the others are still checked and reported; the run then ends with exit code 2.
  const files: FileReport[] = [];
  const unread: Array<{ file: string; pesan: string }> = [];
  for (const u of inputs.unreadable) {
    unread.push(u);
    io.err(u.pesan);
  }
  for (const file of inputs.files) {
    let step = "membaca berkas";
    try {
      const grids = await readWorkbookGrids(file);
      step = "memeriksa tabelnya";
      const report = validateWorkbook(grids, katalog, banding ? { banding } : {});
      files.push({ file, ...report, ...(banding ? { banding: banding.nama } : {}) });
    } catch (e) {
      const pesan = fileProblem(file, step, e);
      unread.push({ file, pesan });
      io.err(pesan);
    }
  }
  if (files.length === 0 && unread.length > 0 && !values.json) return 2;

  if (html && !refused) {
    try {
      await writeTextAtomically(
        html,
        htmlReport(files, new Date(), `${katalog.data.judul} (versi ${katalog.data.versi})`)
      );
      if (!values.json) io.err(`Laporan HTML ditulis ke ${values.html}.`);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      refused = e;
    }
  }
  if (values.json)
    io.out(
      JSON.stringify(
        {
          files: files.map((f) => ({ ...f, kesiapan: kesiapanLke(f) })),
          kesiapanUnit: kesiapanUnit(files.flatMap((f) => kesiapanLke(f))),
          ...(unread.length > 0 ? { tidakTerbaca: unread } : {}),
          ...(inputs.skipped.length > 0 ? { dilewati: inputs.skipped } : {}),
        },
        null,
        2
      ) + "\n"
    );
  else if (files.length > 0) io.out(textReport(files));
  if (refused) {
    io.err(`${refused.message} Laporan HTML tidak ditulis; laporan di atas tetap lengkap.`);
    return 2;
  }
  if (unread.length > 0) {
    if (files.length > 0)
      io.err(
        `${unread.length} dari ${inputs.files.length + inputs.unreadable.length} berkas tidak diperiksa (lihat pesan di atas); laporan di atas untuk berkas lainnya.`
      );
    return 2;
  }
  return files.some((f) => f.findings.some((x) => x.severity === "error")) ? 1 : 0;
}

/**
 * Why one file was not checked, in one Indonesian line naming it: its own message for a file
 * that cannot be read; otherwise what was being done and the error's text, never a stack.
 */
function fileProblem(file: string, step: string, e: unknown): string {
  if (e instanceof UnreadableFileError) return e.message;
  if (e instanceof RangeError && /call stack|Invalid array length|allocation/i.test(e.message))
    return `${file}: terlalu besar atau terlalu rumit untuk diperiksa (saat ${step}). Laporkan berkas ini kepada pengembang.`;
  const text = e instanceof Error ? e.message : String(e);
  return `${file}: kesalahan tak terduga saat ${step} (${text.split("\n")[0].slice(0, 200)}). Laporkan berkas ini kepada pengembang.`;
}
