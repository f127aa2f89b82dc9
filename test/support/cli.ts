/** Helpers for the iki-cek tests: run a command line in-process, write a small workbook. */
import ExcelJS from "exceljs";
import path from "node:path";
import { main } from "../../src/cli/main";

/** Runs `iki-cek ARGV...` in this process and collects what it writes. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

/** Writes `rows` as sheet `name` of a new workbook in `dir`; returns the file. */
export async function writeWorkbook(dir: string, rows: unknown[][], name = "Lembar1"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, `${name}-${rows.length}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}
