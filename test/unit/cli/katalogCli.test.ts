import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { runCli } from "../../support/cli";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Entri, KatalogData } from "../../../src/core/catalogue/types";

const root = path.resolve(__dirname, "../../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "iki-cek-"));

const run = runCli;

const REQUIRED_JSON_FIELDS = [
  "id", "level", "unit", "jabatan", "sasaran", "indikator", "aliases", "rumus", "jenis", "satuan",
  "polaritas", "sumberData", "penanggungJawab", "provenance",
];

describe("iki-cek katalog", () => {
  it("--json prints every entry with the documented fields", async () => {
    const { code, out } = await run("katalog", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Entri[];
    expect(rows).toHaveLength(defaultKatalog().entries.length);
    for (const r of rows) for (const f of REQUIRED_JSON_FIELDS) expect(r).toHaveProperty(f);
  });

  it("--unit filters by unit name or abbreviation", async () => {
    const { out } = await run("katalog", "--unit", "Kecamatan Candipuro", "--jabatan", "Kasi Pemerintahan", "--json");
    const rows = JSON.parse(out) as Entri[];
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.unit === "kecamatan" && r.jabatan!.includes("kasi-pemerintahan"))).toBe(true);
  });

  it("--cari ranks matches with a score and tolerates typos", async () => {
    const { code, out } = await run("katalog", "--cari", "Presentase Pelayanan PATEN sesuai SP dan SOP", "--json");
    expect(code).toBe(0);
    const [best] = JSON.parse(out);
    expect(best).toMatchObject({ id: "iki-kec-pelayanan-paten-sesuai-sp-sop", kecocokan: "sama", skor: 1 });
    const typo = await run("katalog", "--cari", "Angka kecelakan lalu lintas");
    expect(typo.out).toContain("iku-kab-15  (mirip");
  });

  it("exits 1 with a message when nothing matches", async () => {
    const { code, out } = await run("katalog", "--cari", "jumlah kambing yang diberi makan");
    expect(code).toBe(1);
    expect(out).toContain("Tidak ada indikator katalog yang mirip");
  });

  it.each([
    [["katalog", "--unit", "Dinas Antah Berantah"], 'Unit "Dinas Antah Berantah" tidak ada di katalog'],
    [["katalog", "--bogus"], "Pilihan --bogus tidak dikenal"],
    [["katalog", "--level", "iku"], "Level harus salah satu dari"],
    [["katalog", "--katalog", "/tidak/ada.json"], "berkas tidak ditemukan"],
    [["entah"], 'Perintah "entah" tidak dikenal'],
  ])("usage errors exit 2 with an Indonesian message: %j", async (argv, message) => {
    const { code, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses a broken --katalog file and names the problems", async () => {
    const file = path.join(tmp, "rusak.json");
    writeFileSync(file, JSON.stringify({ id: "x" }));
    const { code, err } = await run("katalog", "--katalog", file);
    expect(code).toBe(2);
    expect(err).toContain(`Katalog ${file} tidak dapat dipakai`);
    expect(err).toContain('isian wajib "judul" tidak ada');
  });
});

describe("catalogue export to .xlsx and import back", () => {
  const xlsx = path.join(tmp, "katalog.xlsx");
  const json = path.join(tmp, "katalog.json");

  beforeAll(async () => {
    const { code } = await run("katalog", "--xlsx", xlsx);
    expect(code).toBe(0);
  }, 60_000);

  it("writes one sheet per unit in the standard six columns plus id, jenis, satuan, polaritas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const k = defaultKatalog();
    const unitSheets = wb.worksheets.filter((w) => k.unit(w.name));
    expect(unitSheets).toHaveLength(new Set(k.entries.map((e) => e.unit)).size);
    const header = (wb.getWorksheet("kecamatan")!.getRow(1).values as unknown[]).slice(1, 11);
    expect(header).toEqual([
      "No", "Sasaran", "Indikator Kinerja", "Rumus/Formula Perhitungan", "Sumber Data", "Penanggung Jawab",
      "id", "jenis", "satuan", "polaritas",
    ]);
  });

  it("round-trips: importing the export gives the same catalogue", async () => {
    const { code } = await run("katalog", "--impor", xlsx, "-o", json);
    expect(code).toBe(0);
    const back = JSON.parse(readFileSync(json, "utf8")) as KatalogData;
    const original = defaultKatalog().data;
    const { $schema: _s, ...withoutSchema } = original;
    expect(canonical(back)).toEqual(canonical(withoutSchema as KatalogData));
  }, 60_000);

  it("the imported file is accepted by --katalog, and an edit in Excel is kept", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("kecamatan")!;
    const idCol = (ws.getRow(1).values as unknown[]).indexOf("id");
    const rumusCol = (ws.getRow(1).values as unknown[]).indexOf("Rumus/Formula Perhitungan");
    ws.eachRow((row) => {
      if (row.getCell(idCol).value === "iki-kec-desa-rkpdes-tepat-waktu") {
        row.getCell(rumusCol).value = "(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100% (diubah)";
      }
    });
    const edited = path.join(tmp, "diubah.xlsx");
    await wb.xlsx.writeFile(edited);
    const { out, code } = await run("katalog", "--katalog", edited, "--cari", "desa yang menetapkan RKPDes tepat waktu", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].rumus).toContain("(diubah)");
  }, 60_000);

  it("import names the cell of a broken JSON column", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("bpbd")!;
    const col = (ws.getRow(1).values as unknown[]).indexOf("provenance (JSON)");
    ws.getRow(2).getCell(col).value = "{rusak";
    const broken = path.join(tmp, "rusak.xlsx");
    await wb.xlsx.writeFile(broken);
    const { code, err } = await run("katalog", "--impor", broken);
    expect(code).toBe(2);
    expect(err).toMatch(/bpbd!V2: JSON tidak sah pada kolom "provenance \(JSON\)"/);
  }, 60_000);

  it("a corrupt or non-xlsx file gives a clear message, not a stack trace", async () => {
    const fake = path.join(tmp, "bukan.xlsx");
    writeFileSync(fake, "ini bukan excel");
    const { code, err } = await run("katalog", "--impor", fake);
    expect(code).toBe(2);
    expect(err).toContain("bukan berkas .xlsx yang dapat dibaca");
  });
});

describe("the installed bin", () => {
  it("npx iki-cek katalog --cari works without a build step", () => {
    const out = execFileSync(process.execPath, [path.join(root, "bin/iki-cek.cjs"), "katalog", "--cari", "nilai ikm kecamatan"], {
      encoding: "utf8",
    });
    expect(out).toContain("iku-pd-kecamatan-1.1");
  }, 30_000);
});

/** Optional empty values are the same as absent ones; order of entries within the file kept. */
function canonical(data: KatalogData): unknown {
  return JSON.parse(
    JSON.stringify(data, (_k, v) => {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        return Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined && !(Array.isArray(x) && x.length === 0))
            .sort(([a], [b]) => a.localeCompare(b))
        );
      }
      return v;
    })
  );
}
