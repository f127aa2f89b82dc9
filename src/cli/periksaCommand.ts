import { parseArgs } from "node:util";
import { FileReport, htmlReport, textReport, validateWorkbook } from "../core/validate";
import { loadCatalogue } from "./catalogueSource";
import { PERIKSA_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { checkOutput, OutputError, writeTextAtomically } from "./output";
import { readWorkbookGrids } from "./workbookGrid";

export async function periksaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      html: { type: "string" },
      katalog: { type: "string" },
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
    throw new UsageError(`Sebutkan berkas .xlsx yang diperiksa.\n\n${PERIKSA_HELP}`);
  // A refused --html is said after the report, which is still printed (nothing is lost).
  let refused: OutputError | undefined;
  const html = values.html ? { file: values.html, option: "--html" } : undefined;
  if (html) {
    try {
      checkOutput(
        html,
        [...positionals, ...(values.katalog ? [values.katalog] : [])],
        values.timpa!
      );
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      refused = e;
    }
  }
  const katalog = await loadCatalogue(values.katalog);

  const files: FileReport[] = [];
  for (const file of positionals) {
    // An unreadable file stops the run with exit code 2 and a message naming it.
    const grids = await readWorkbookGrids(file);
    const report = validateWorkbook(grids, katalog);
    files.push({ file, ...report });
  }

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
  if (values.json) io.out(JSON.stringify({ files }, null, 2) + "\n");
  else io.out(textReport(files));
  if (refused) {
    io.err(`${refused.message} Laporan HTML tidak ditulis; laporan di atas tetap lengkap.`);
    return 2;
  }
  return files.some((f) => f.findings.some((x) => x.severity === "error")) ? 1 : 0;
}
