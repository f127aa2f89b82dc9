/*
 * The findings a reviewer expects on workbooks built from the five seeds
 * (test/fixtures/seedWorkbooks.ts), read by the same .xlsx reader as `iki-cek periksa`.
 */
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Finding, validateWorkbook, WorkbookReport } from "../../../src/core/validate";
import { writeSeedFixtures } from "../../fixtures/seedWorkbooks";

const reports: Record<string, WorkbookReport> = {};
const count = (f: Finding[], rule: string) => f.filter((x) => x.rule === rule).length;

beforeAll(async () => {
  const files = await writeSeedFixtures(mkdtempSync(path.join(os.tmpdir(), "seed-xlsx-")));
  for (const [prefix, file] of Object.entries(files)) {
    reports[prefix] = validateWorkbook(await readWorkbookGrids(file), defaultKatalog());
  }
}, 120_000);

describe("seed 003 (Ranuyoso): the 4-column tables", () => {
  it("finds the six position tables", () => {
    expect(reports["003"].tables).toHaveLength(6);
    expect(reports["003"].tables.every((t) => /^A\d+:D\d+$/.test(t.header))).toBe(true);
  });
  it("reports the missing Sumber Data and Penanggung Jawab columns once per table, on the header row", () => {
    const missing = reports["003"].findings.filter((f) => f.rule === "kolom-hilang");
    expect(missing).toHaveLength(12);
    for (const t of reports["003"].tables) {
      const row = Number(t.header.match(/\d+/)![0]);
      expect(missing.filter((f) => f.row === row).map((f) => f.message)).toEqual([
        expect.stringContaining("kolom Sumber Data"),
        expect.stringContaining("kolom Penanggung Jawab"),
      ]);
    }
    expect(count(reports["003"].findings, "pj-kosong") + count(reports["003"].findings, "sumber-kosong")).toBe(0);
  });
  it("flags its 14 empty formulas", () => {
    const empty = reports["003"].findings.filter((f) => f.rule === "rumus-kosong");
    expect(empty).toHaveLength(14);
    expect(empty.every((f) => f.cell.startsWith("D") && f.severity === "error")).toBe(true);
  });
});

describe("seed 001 (Lumajang)", () => {
  it("flags the duplicated number 15 and the missing 16", () => {
    const f = reports["001"].findings;
    const ganda = f.filter((x) => x.rule === "nomor-ganda");
    expect(ganda).toHaveLength(1);
    expect(ganda[0].message).toContain("nomor 15 dipakai dua kali");
    expect(ganda[0].cell).toMatch(/^B\d+$/); // the table starts in column B
    const loncat = f.filter((x) => x.rule === "nomor-loncat");
    expect(loncat).toHaveLength(1);
    expect(loncat[0].message).toContain("nomor 16 tidak ada");
  });
  it("notes that 'Kecamatan Lumajang' is not a data source (info only)", () => {
    const f = reports["001"].findings.filter((x) => x.rule === "sumber-bukan-dokumen");
    expect(f.length).toBeGreaterThanOrEqual(40);
    expect(f.every((x) => x.severity === "info")).toBe(true);
  });
});

describe("seed 002 (Senduro)", () => {
  it("flags the percentage without a denominator and the one without x100", () => {
    const f = reports["002"].findings;
    const noDen = f.filter((x) => x.rule === "persen-tanpa-penyebut");
    expect(noDen).toHaveLength(1);
    expect(noDen[0]).toMatchObject({ severity: "error", cell: "E10" });
    expect(f.filter((x) => x.rule === "persen-tanpa-100").map((x) => x.cell)).toEqual(["E6"]);
  });
});

describe("seed 000 (Candipuro)", () => {
  it("finds the ten position tables under one letterhead, page-break headers skipped", () => {
    expect(reports["000"].tables).toHaveLength(10);
  });
  it("flags the 29 empty Penanggung Jawab of the staff tables", () => {
    const pj = reports["000"].findings.filter((f) => f.rule === "pj-kosong");
    expect(pj).toHaveLength(29);
    const staffTables = reports["000"].tables.slice(6);
    for (const f of pj) expect(staffTables.some((t) => f.row >= t.rows[0] && f.row <= t.rows[1])).toBe(true);
  });
  it("flags the average of percentages multiplied by 100 again", () => {
    expect(count(reports["000"].findings, "kali-100-ganda")).toBe(1);
  });
});

describe("seed 004 (the decree)", () => {
  it("reads Lampiran I as one table of 31 IKU and Lampiran II as 32 instansi tables", () => {
    const l1 = reports["004"].tables.filter((t) => t.sheet === "Lampiran I");
    const l2 = reports["004"].tables.filter((t) => t.sheet === "Lampiran II");
    expect(l1.map((t) => t.indicatorRows)).toEqual([31]);
    expect(l2).toHaveLength(32);
  });
  it("lets merged Penanggung Jawab and Sumber Data cells supply their rows", () => {
    expect(count(reports["004"].findings, "pj-kosong")).toBe(0);
  });
  it("accepts the decree's defective formulas: an info naming the defect where the catalogue has the formula meant", () => {
    const infos = reports["004"].findings.filter((f) => f.rule === "rumus-cacat-katalog");
    // 15 decree rows whose defect has a correction; a defect without one (the decree's to
    // fix, shown in the Katalog panel) gives nothing to do in the sheet and no finding.
    expect(infos).toHaveLength(15);
    for (const f of infos) expect(f.fix?.value).toBe(f.suggestion);
    const kec = infos.find((f) => f.entri === "iku-pd-kecamatan-1.2")!;
    expect(kec.severity).toBe("info");
    expect(kec.suggestion).toMatch(/x 100%$/);
  });
});

describe("every finding", () => {
  it("has a rule, a severity, an Indonesian message that starts with its cell address", () => {
    for (const r of Object.values(reports)) {
      for (const f of r.findings) {
        expect(f.message.startsWith(`${f.cell}: `)).toBe(true);
        expect(Number(f.cell.match(/\d+$/)![0])).toBe(f.row);
      }
    }
  });
});

describe("cascading across a kecamatan's position tables (issue 15)", () => {
  it("reads each table's position from its title or Jabatan line, as the seeds write them", () => {
    // 000 titles: SEKRETARIS KECAMATAN, KASI PEMERINTAHAN, ..., three "PENGADMINISTRASI UMUM"
    // told apart by what they carry (cetak/tamu/rapat; Perdes/konflik; Musrenbangdes).
    expect(reports["000"].tables.map((t) => t.jabatan)).toEqual([
      "sekretaris-kecamatan",
      "kasi-pemerintahan",
      "kasi-pemberdayaan-masyarakat",
      "kasi-pelayanan-umum",
      "kasubag-umum-kepegawaian",
      "kasubag-keuangan",
      "pengadministrasi-umum-umum-kepegawaian",
      "pengadministrasi-umum-pemerintahan",
      "pengadministrasi-umum-pemberdayaan-masyarakat",
      "pengelola-data-pelayanan",
    ]);
    // 001: "SEKRETARIS CAMAT", "SUB BAGIAN UMUM DAN KEPEGAWAIAN", ... under a title with the year.
    expect(reports["001"].tables.map((t) => t.jabatan)).toEqual([
      "sekretaris-kecamatan",
      "kasubag-umum-kepegawaian",
      "kasubag-keuangan",
      "kasi-pelayanan-umum",
      "kasi-pemberdayaan-masyarakat",
      "kasi-pemerintahan",
    ]);
    // 003: "Jabatan : KEPALA SEKSI PEMERINTAHAN (Eselon IV)", "1. JABATAN : ...".
    expect(reports["003"].tables.map((t) => t.jabatan)).toEqual([
      "sekretaris-kecamatan",
      "kasi-pemerintahan",
      "kasi-pemberdayaan-masyarakat",
      "kasi-pelayanan-umum",
      "kasubag-keuangan",
      "kasubag-umum-kepegawaian",
    ]);
  });

  it.each(["000", "001", "003"])("%s: the IKM (IKU 1.1) and IKU 1.2 have no supporting IKI; 1.3 has", (prefix) => {
    const unsupported = reports[prefix].findings.filter((f) => f.rule === "iku-tanpa-pendukung");
    expect(unsupported.map((f) => f.entri)).toEqual(["iku-pd-kecamatan-1.1", "iku-pd-kecamatan-1.2"]);
    expect(unsupported[0].message).toContain('IKU 1.1 Kecamatan "Nilai IKM Kecamatan" tidak didukung');
    // Reported at the Sekretaris Kecamatan's table, the highest position and 1.2's expected holder.
    const sekcam = reports[prefix].tables[0];
    for (const f of unsupported) expect(f.cell).toBe(sekcam.header.split(":")[0]);
  });

  it("000: the one document count two Pengadministrasi Umum both carry", () => {
    const twice = reports["000"].findings.filter((f) => f.rule === "iki-ganda-jabatan");
    expect(twice).toHaveLength(1);
    expect(twice[0].message).toMatch(/^C\d+: "Jumlah Dokumen Sinkronisasi Program Kerja .*" juga menjadi IKI Pengadministrasi Umum Seksi Pemerintahan/);
  });

  it("the IKI the village-document IKU needs are never reported without a parent", () => {
    for (const prefix of ["000", "001", "003"]) {
      const orphans = reports[prefix].findings.filter((f) => f.rule === "iki-tanpa-induk");
      expect(orphans.length).toBeGreaterThan(0);
      expect(orphans.some((f) => /RKPDes|APBDes|LPPDes/i.test(f.message))).toBe(false);
    }
  });

  it("workbooks of one table or without positions get no cascading finding (002, 004)", () => {
    for (const prefix of ["002", "004"]) {
      expect(reports[prefix].findings.filter((f) => /^(iku-tanpa-pendukung|iki-tanpa-induk|iki-ganda-jabatan)$/.test(f.rule))).toEqual([]);
    }
  });
});
