/**
 * A worker thread of `iki-cek periksa` (built to dist-cli/pekerja.mjs): loads the catalogue (and
 * the earlier year's workbook of --banding) once, then checks the files it is sent, one at a time,
 * and posts each outcome back.
 */
import { parentPort, workerData } from "node:worker_threads";
import path from "node:path";
import { validateSheets } from "../core/validate";
import { loadCatalogue } from "./catalogueSource";
import { checkAndFormat, FormatOptions } from "./checkFile";
import { readWorkbookGrids } from "./workbookGrid";

const data = workerData as { katalog?: string; banding?: string; format: FormatOptions };
const ready = (async () => {
  const katalog = await loadCatalogue(data.katalog);
  const banding = data.banding
    ? {
        nama: path.basename(data.banding),
        sheets: validateSheets(await readWorkbookGrids(data.banding), katalog),
      }
    : undefined;
  return { katalog, banding };
})();

parentPort!.on("message", async (job: { id: number; file: string }) => {
  const { katalog, banding } = await ready;
  parentPort!.postMessage({
    id: job.id,
    outcome: await checkAndFormat(job.file, katalog, data.format, banding),
  });
});
