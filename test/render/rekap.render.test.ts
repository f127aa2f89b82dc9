/*
 * Issue #31: `periksa FOLDER --xlsx REKAP.xlsx` opened by LibreOffice (converted to CSV, every
 * sheet): its counts per unit and per file, and its one row per finding, equal the JSON's.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli";
import { soffice, toCsvSheets } from "../support/render";

const installed = soffice() !== undefined;
if (!installed && process.env.CI) throw new Error("LibreOffice tidak terpasang: .ci/run memasangnya dari Debian.");
const maybe = installed ? describe : describe.skip;

const cli = (args: string[]) => runCli(...args);

/** A CSV of LibreOffice's (quoted fields, doubled quotes, newlines inside quotes). */
function csv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (ch !== "\r") field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

maybe("the REKAP workbook in LibreOffice", () => {
  it("holds the JSON's counts per unit and file, and one row per finding", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rekap-"));
    const folder = path.join(dir, "kabupaten");
    mkdirSync(path.join(folder, "Kec A"), { recursive: true });
    await cli(["templat", "--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--tahun", "2026", "-o", path.join(folder, "Kec A", "IKI Kasi.xlsx")]);
    await cli(["templat", "--unit", "kecamatan", "--jabatan", "sekretaris-kecamatan", "--tahun", "2026", "--kosong", "3", "-o", path.join(folder, "Kec A", "IKI Sekcam.xlsx")]);
    await cli(["templat", "--unit", "Dinas Kesehatan", "--tahun", "2026", "-o", path.join(folder, "IKU Dinkes.xlsx")]);
    copyFileSync(path.join(folder, "Kec A", "IKI Kasi.xlsx"), path.join(folder, "Kec A", "~$IKI Kasi.xlsx"));
    writeFileSync(path.join(folder, "rusak.xlsx"), "bukan buku kerja");
    const xlsx = path.join(dir, "REKAP.xlsx");
    const json = JSON.parse((await cli(["periksa", folder, "--json", "--xlsx", xlsx])).out);
    const out = path.join(dir, "csv");
    mkdirSync(out);
    const sheets = toCsvSheets(xlsx, out);
    expect(Object.keys(sheets).sort()).toEqual(["Aturan", "Rekap", "Temuan"]);
    const [head, ...rows] = csv(readFileSync(sheets.Rekap, "utf8"));
    expect(head).toEqual(["Jenis", "Unit", "Berkas", "Tabel", "Indikator", "Kesalahan", "Peringatan", "Info"]);
    const units = rows.filter((r) => r[0] === "unit").map((r) => [r[1], ...r.slice(2).map(Number)]);
    expect(units).toEqual(
      json.rekap.unit.map((u: { unit: string; berkas: number; tabel: number; indikator: number; temuan: { error: number; warning: number; info: number } }) => [
        u.unit, u.berkas, u.tabel, u.indikator, u.temuan.error, u.temuan.warning, u.temuan.info,
      ])
    );
    const files = rows.filter((r) => r[0] === "berkas").map((r) => [r[2], ...r.slice(5).map(Number)]);
    expect(files).toEqual(
      json.files.map((f: { file: string; findings: Array<{ severity: string }> }) => [
        f.file,
        ...["error", "warning", "info"].map((s) => f.findings.filter((x) => x.severity === s).length),
      ])
    );
    // Person-written: two units (Kecamatan, Dinas Kesehatan); three files read, one not; the
    // lock file left out.
    expect(json.rekap.unit.map((u: { unit: string }) => u.unit)).toEqual(["Dinas Kesehatan", "Kecamatan"]);
    expect(json.rekap.total.berkas).toBe(3);
    expect(json.rekap.tidakTerbaca).toBe(1);
    const [fhead, ...findings] = csv(readFileSync(sheets.Temuan, "utf8"));
    expect(fhead).toEqual(["Unit", "Berkas", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan"]);
    expect(findings).toHaveLength(json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0));
  });
});
