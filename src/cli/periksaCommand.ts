import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { FileReport, htmlReport, textReport, validateWorkbook } from "../core/validate";
import { loadCatalogue } from "./catalogueSource";
import { PERIKSA_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { readWorkbookGrids } from "./workbookGrid";

export async function periksaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      html: { type: "string" },
      katalog: { type: "string" },
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
  const katalog = await loadCatalogue(values.katalog);

  const files: FileReport[] = [];
  for (const file of positionals) {
    // An unreadable file stops the run with exit code 2 and a message naming it.
    const grids = await readWorkbookGrids(file);
    const report = validateWorkbook(grids, katalog);
    files.push({ file, ...report });
  }

  if (values.html) {
    await writeFile(
      values.html,
      htmlReport(files, new Date(), `${katalog.data.judul} (versi ${katalog.data.versi})`),
      "utf8"
    );
    if (!values.json) io.err(`Laporan HTML ditulis ke ${values.html}.`);
  }
  if (values.json) io.out(JSON.stringify({ files }, null, 2) + "\n");
  else io.out(textReport(files));
  return files.some((f) => f.findings.some((x) => x.severity === "error")) ? 1 : 0;
}
