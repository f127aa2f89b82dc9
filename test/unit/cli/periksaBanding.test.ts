/*
 * `iki-cek periksa --banding LAMA.xlsx BARU.xlsx` (issue #29): the IKU of a unit that were
 * replaced between two years, matched by meaning (entry, wording, formula), not by text alone;
 * the readiness summary per table and per unit counts them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../support/cli";

const run = (args: string[]) => runCli(...args);

describe("periksa --banding", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "periksa-banding-"));
  const lama = path.join(root, "IKU 2025.xlsx");
  const baru = path.join(root, "IKU 2026.xlsx");

  beforeAll(async () => {
    expect((await run(["templat", "--unit", "kecamatan", "--jenis", "iku", "--tahun", "2025", "-o", lama])).code).toBe(0);
    // The kecamatan's 2026 IKU: row 12 reworded only in case, row 13 replaced by an output, row
    // 14 renamed but computed with the same formula.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(lama);
    const ws = wb.worksheets[0];
    expect(ws.getCell("C12").text).toBe("Nilai IKM Kecamatan");
    expect(ws.getCell("C14").text).toMatch(/^Rata-rata persentase desa/);
    ws.getCell("C12").value = "NILAI IKM KECAMATAN";
    ws.getCell("C13").value = "Jumlah rapat koordinasi kecamatan";
    ws.getCell("D13").value = "Jumlah rapat koordinasi yang dilaksanakan";
    ws.getCell("C14").value = "Ketertiban perencanaan dan penganggaran desa";
    await wb.xlsx.writeFile(baru);
  });

  it("reports the replaced IKU: the new one at its cell, the dropped one at the table", async () => {
    const r = await run(["periksa", "--json", "--banding", lama, baru]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const mine = json.files[0].findings.filter((f: { rule: string }) => f.rule === "iku-berganti");
    expect(mine.map((f: { cell: string }) => f.cell).sort()).toEqual(["A11", "C13"]);
    expect(mine.find((f: { cell: string }) => f.cell === "A11").message).toMatch(
      /"Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti" dari IKU 2025\.xlsx .*butir 1\.2\.6/
    );
    expect(json.files[0].banding).toBe("IKU 2025.xlsx");
    const [unit] = json.kesiapanUnit;
    expect(unit.unit).toBe("Kecamatan");
    expect(unit.butir.find((b: { id: string }) => b.id === "iku-tetap")).toMatchObject({ temuan: 2, tabelBertemuan: 1, lke: ["1.2.6"] });
  });

  it("without --banding the comparison criterion is not listed (nothing was compared)", async () => {
    const r = await run(["periksa", "--json", baru]);
    const json = JSON.parse(r.out);
    expect(json.files[0].findings.some((f: { rule: string }) => f.rule === "iku-berganti")).toBe(false);
    expect(json.kesiapanUnit[0].butir.map((b: { id: string }) => b.id)).not.toContain("iku-tetap");
    const text = await run(["periksa", baru]);
    expect(text.out).toMatch(/Kesiapan evaluasi AKIP per unit/);
    expect(text.out).toMatch(/ {2}Kecamatan \(1 tabel\): sasaran 0 · indikator 1 · target 0/);
  });

  it("an earlier file that cannot be read stops with its name, before any check", async () => {
    const rusak = path.join(root, "rusak.xlsx");
    writeFileSync(rusak, "bukan buku kerja");
    const r = await run(["periksa", "--banding", rusak, baru]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rusak\.xlsx/);
    expect(r.out).toBe("");
  });

  it("says so when the earlier file holds no IKU table", async () => {
    const iki = path.join(root, "iki.xlsx");
    expect((await run(["templat", "--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--tahun", "2025", "-o", iki])).code).toBe(0);
    const r = await run(["periksa", "--banding", iki, baru]);
    expect(r.err).toMatch(/tidak ditemukan tabel IKU/);
    expect(r.out).not.toMatch(/iku-berganti/);
  });
});
