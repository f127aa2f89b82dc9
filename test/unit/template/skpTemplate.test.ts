/*
 * The SKP and the Rencana Aksi (issue #28): expectations written by hand from PermenPAN-RB
 * 8/2021 and 6/2022 for three positions, every kecamatan position's SKP checked clean, the same
 * SKP from the catalogue and from a workbook's IKI tables, targets carried from the tables, and
 * `iki-cek templat --jenis skp`.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../../src/cli/main";
import { readWorkbookGrids } from "../../../src/cli/workbookGrid";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid } from "../../../src/core/grid";
import { templateKind } from "../../../src/core/template/kinds";
import { buildPengukuranTemplate } from "../../../src/core/template/pengukuranTemplate";
import { buildRencanaAksiTemplate } from "../../../src/core/template/rencanaAksiTemplate";
import {
  buildSkpTemplate,
  eKinerjaRow,
  SKP_COLUMNS,
  SkpPlan,
  skpPlan,
  skpPlanFrom,
} from "../../../src/core/template/skpTemplate";
import { aspekOf, perspektifOf } from "../../../src/core/template/skpVocabulary";
import { buildTemplate, TemplateModel, templateMatrix } from "../../../src/core/template/templateModel";
import { SheetReport, validateGrid, validateWorkbook } from "../../../src/core/validate";
import { writeSeedFixtures } from "../../fixtures/seedWorkbooks";

const katalog = defaultKatalog();
const positions = katalog.jabatanOf("kecamatan");
const IKU_SASARAN =
  "Meningkatnya kualitas pelayanan, fasilitasi dan koordinasi Kecamatan serta akuntabilitas keuangan dan pemerintahan desa";
const OPTIONS = { tahun: 2026, namaUnit: "Contoh", tandaTangan: true };

const gridOf = (model: TemplateModel): Grid => ({
  sheet: model.sheetName,
  origin: { row: 0, col: 0 },
  values: templateMatrix(model),
  merges: model.merges,
});

/** indikator -> [aspek, RHK pimpinan] of a plan, for the expectations below. */
function byIndicator(plan: SkpPlan): Map<string, { aspek?: string; rhkPimpinan?: string; perspektif?: string; rhk: string }> {
  const out = new Map();
  for (const rhk of plan.rhk)
    for (const i of rhk.indikator)
      out.set(i.indikator, { aspek: i.aspek, rhkPimpinan: rhk.rhkPimpinan, perspektif: rhk.perspektif, rhk: rhk.rhk });
  return out;
}

describe("person-written expectations (PermenPAN-RB 8/2021 annex, 6/2022)", () => {
  it("Sekretaris Kecamatan: JA layout, assessed by the Camat, aspects only where the wording says them", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan", jabatan: "sekretaris-kecamatan" });
    expect(plan.pola).toBe("ja");
    expect(plan.penilai).toBe("Camat");
    const rows = byIndicator(plan);
    // "sesuai SP dan SOP": the share of services meeting the standard is kualitas.
    expect(rows.get("Persentase Pelayanan PATEN sesuai SP dan SOP")?.aspek).toBe("kualitas");
    // Tepat waktu is waktu; the Camat's RHK it intervenes is the sasaran of IKU 1.3.
    expect(rows.get("Persentase Desa yang menetapkan RKPDes Tepat Waktu")).toMatchObject({ aspek: "waktu", rhkPimpinan: IKU_SASARAN });
    // A count is kuantitas.
    expect(rows.get("Jumlah Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum")?.aspek).toBe("kuantitas");
    // IKU 1.2 carried by the Sekcam: the Camat's RHK, no aspect the wording settles.
    expect(rows.get("Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti")).toMatchObject({ aspek: undefined, rhkPimpinan: IKU_SASARAN });
    // Nothing links the office's running costs to a leader's RHK, and "pemenuhan fasilitasi" is no aspect.
    expect(rows.get("Persentase pemenuhan fasilitasi kebutuhan operasional perkantoran")).toMatchObject({ aspek: undefined, rhkPimpinan: undefined });
  });

  it("Kasi Pemerintahan: the three village documents under one RHK, waktu, supporting the Camat's RHK", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan" });
    expect(plan.penilai).toBe("Camat");
    const desa = plan.rhk.find((r) => r.rhk === "Terlaksananya Pembinaan dan Pengawasan kepada Pemerintahan Desa")!;
    expect(desa.indikator.map((i) => i.indikator)).toEqual([
      "Persentase Desa yang menetapkan RKPDes Tepat Waktu",
      "Persentase Desa yang menetapkan APBDes Tepat Waktu",
      "Persentase Desa yang menyampaikan LPPDes Tepat Waktu",
    ]);
    expect(desa.indikator.map((i) => i.aspek)).toEqual(["waktu", "waktu", "waktu"]);
    expect(desa.rhkPimpinan).toBe(IKU_SASARAN);
    expect(byIndicator(plan).get("Jumlah Fasilitasi Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum")?.aspek).toBe("kuantitas");
  });

  it("Camat, the unit's head: JPT layout, the kecamatan IKU as indicators, perspectives from their wording", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan" });
    expect(plan.pola).toBe("jpt");
    expect(plan.nama).toBe("Camat");
    expect(plan.penilai).toBeUndefined(); // the catalogue does not say who assesses the Camat
    const rows = byIndicator(plan);
    expect(rows.get("Nilai IKM Kecamatan")).toMatchObject({ perspektif: "Penerima Layanan", rhk: IKU_SASARAN, rhkPimpinan: "Meningkatnya kepuasan masyarakat" });
    expect(rows.get("Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti")?.perspektif).toBe("Proses Bisnis");
    expect(rows.get("Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu")?.perspektif).toBe("Proses Bisnis");
  });

  it("Kasubag Keuangan: the Sekcam carries the same IKI, so its RHK is the leader's; 'keuangan' is not biaya", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan", jabatan: "kasubag-keuangan" });
    const row = byIndicator(plan).get("Persentase fasilitasi Administrasi Keuangan Perangkat Daerah")!;
    expect(row.rhkPimpinan).toBe(row.rhk);
    expect(row.aspek).toBeUndefined();
  });

  it.each([
    ["Persentase anggaran yang terserap", "biaya"],
    ["Rata-rata waktu penyelesaian izin (hari kerja)", "waktu"],
    ["Persentase laporan yang tepat waktu dan sesuai standar", "waktu"],
    ["Jumlah desa yang dibina", "kuantitas"],
    ["Indeks kepuasan masyarakat", "kualitas"],
    ["Persentase fasilitasi administrasi umum", undefined],
  ])("aspect of %p: %p", (indikator, aspek) => {
    expect(aspekOf(indikator)).toBe(aspek);
  });

  it("perspective words: budget, internal, service, process; unclear stays undefined", () => {
    expect(perspektifOf("Persentase serapan anggaran")).toBe("Anggaran");
    expect(perspektifOf("Persentase ASN yang mengikuti pengembangan kompetensi")).toBe("Penguatan Internal");
    expect(perspektifOf("Jumlah pengaduan yang diselesaikan")).toBe("Penerima Layanan");
    expect(perspektifOf("Jumlah rapat")).toBeUndefined();
  });
});

describe("every kecamatan position's SKP", () => {
  const all = [undefined, ...positions.map((j) => j.id)];

  it.each(all.map((j) => [j ?? "camat", j] as const))("%s: checked clean (no error, no warning)", (_name, jabatan) => {
    const model = buildSkpTemplate(skpPlan(katalog, { unit: "kecamatan", jabatan }), OPTIONS);
    const report = validateGrid(gridOf(model), katalog);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({ jenis: "skp", ...(jabatan ? { jabatan } : {}) });
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
    // Only the template's marks are pointed at.
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(["skp-isian"]));
    const header = templateMatrix(model)[model.headerRow];
    expect(header).toEqual([...SKP_COLUMNS[jabatan ? "ja" : "jpt"]]);
  });

  it("beside the positions' IKI tables, agrees with each and with the leader's tables", () => {
    const grids: Grid[] = [];
    for (const j of positions) {
      grids.push(
        gridOf(
          buildTemplate(katalog, { kind: "iki", unit: "kecamatan", jabatan: j.id, tahun: 2026, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran: "tidak", tandaTangan: false })
        )
      );
      grids.push(gridOf(buildSkpTemplate(skpPlan(katalog, { unit: "kecamatan", jabatan: j.id }), OPTIONS)));
    }
    const report = validateWorkbook(grids, katalog);
    const skpFindings = report.findings.filter((f) => ["skp-iki-tidak-cocok", "rhk-pimpinan-tak-dikenal"].includes(f.rule));
    expect(skpFindings.map((f) => f.message)).toEqual([]);
    // The IKI tables' own cascade is unchanged by the SKP beside them.
    expect(report.findings.filter((f) => f.rule === "iki-tanpa-induk" && f.sheet.startsWith("SKP"))).toEqual([]);
  });

  it("an SKP that leaves an IKI out, and an RHK the leader does not have, are reported", () => {
    const iki = gridOf(
      buildTemplate(katalog, { kind: "iki", unit: "kecamatan", jabatan: "kasubag-keuangan", tahun: 2026, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran: "tidak", tandaTangan: false })
    );
    const leader = gridOf(
      buildTemplate(katalog, { kind: "iki", unit: "kecamatan", jabatan: "sekretaris-kecamatan", tahun: 2026, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran: "tidak", tandaTangan: false })
    );
    const plan = skpPlan(katalog, { unit: "kecamatan", jabatan: "kasubag-keuangan" });
    const dropped = plan.rhk[plan.rhk.length - 1].indikator[0].indikator;
    const edited: SkpPlan = {
      ...plan,
      rhk: [{ ...plan.rhk[0], rhkPimpinan: "Meningkatnya sesuatu yang tidak ada" }, ...plan.rhk.slice(1, -1)],
    };
    const skp = gridOf(buildSkpTemplate(edited, OPTIONS));
    const findings = validateWorkbook([leader, iki, skp], katalog).findings;
    const missing = findings.filter((f) => f.rule === "skp-iki-tidak-cocok");
    expect(missing.map((f) => f.sheet)).toEqual([iki.sheet]);
    expect(missing[0].message).toContain(dropped);
    const rhk = findings.filter((f) => f.rule === "rhk-pimpinan-tak-dikenal");
    expect(rhk).toHaveLength(1);
    expect(rhk[0].message).toContain("Meningkatnya sesuatu yang tidak ada");
    expect(rhk[0].message).toContain("Sekretaris Kecamatan");
  });
});

describe("from a workbook (--dari, the pane's 'buku kerja ini')", () => {
  /** The checked tables of a workbook made of the given models. */
  const reportsOf = (models: TemplateModel[]): SheetReport[] => models.map((m) => validateGrid(gridOf(m), katalog));
  const iki = (jabatan: string, ukuran: "tidak" | "tahunan" = "tidak") =>
    buildTemplate(katalog, { kind: "iki", unit: "kecamatan", jabatan, tahun: 2026, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran, tandaTangan: false });

  it.each(positions.map((j) => [j.id]))("%s: the same SKP as from the catalogue", (jabatan) => {
    const fromFile = skpPlanFrom(katalog, { unit: "kecamatan", jabatan }, reportsOf(positions.map((j) => iki(j.id))))!;
    const fromKatalog = skpPlan(katalog, { unit: "kecamatan", jabatan });
    expect(fromFile.dari).toBe("buku kerja");
    expect(fromFile.rhk).toEqual(fromKatalog.rhk);
  });

  it("the seed-derived workbooks give, for each position they hold, the catalogue's SKP rows", async () => {
    const files = await writeSeedFixtures(mkdtempSync(path.join(os.tmpdir(), "skp-seeds-")));
    let compared = 0;
    for (const file of Object.values(files)) {
      const reports = (await readWorkbookGrids(file)).map((g) => validateGrid(g, katalog));
      const held = new Set(reports.flatMap((r) => r.tables.map((t) => t.jabatan)).filter(Boolean) as string[]);
      for (const jabatan of held) {
        const fromFile = skpPlanFrom(katalog, { unit: "kecamatan", jabatan }, reports)!;
        const expected = byIndicator(skpPlan(katalog, { unit: "kecamatan", jabatan }));
        const catalogueText = new Map(katalog.entries.map((e) => [e.id, e.indikator]));
        for (const rhk of fromFile.rhk)
          for (const i of rhk.indikator) {
            if (!i.entri) continue; // a row the catalogue does not know: nothing to compare
            const want = expected.get(catalogueText.get(i.entri)!);
            if (!want) continue; // the seed gives the position an indicator the catalogue files under another
            expect([i.entri, i.aspek, rhk.rhkPimpinan]).toEqual([i.entri, want.aspek, want.rhkPimpinan]);
            compared++;
          }
      }
    }
    expect(compared).toBeGreaterThan(10);
  }, 60_000);

  it("takes the targets written in the IKI table, with their unit", () => {
    const model = iki("kasi-pemerintahan", "tahunan");
    const values = templateMatrix(model);
    const targetCol = values[model.headerRow].indexOf("Target");
    values[model.bodyRows[0]][targetCol] = 90;
    const report = validateGrid({ sheet: model.sheetName, origin: { row: 0, col: 0 }, values, merges: model.merges }, katalog);
    const plan = skpPlanFrom(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan" }, [report])!;
    const first = plan.rhk[0].indikator[0];
    expect(first.target).toBe("90");
    const skp = templateMatrix(buildSkpTemplate(plan, OPTIONS));
    expect(skp.some((row) => row[5] === "90 %")).toBe(true);
  });

  it("the Rencana Aksi takes the quarter's targets from the pengukuran sheet", () => {
    const model = buildPengukuranTemplate(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2026, identitas: true, isiDariKatalog: true, barisKosong: 0, tandaTangan: false });
    const values = templateMatrix(model);
    const r = model.bodyRows[0];
    // TW I-IV targets of the first indicator (columns G-J of the pengukuran sheet).
    [25, 50, 75, 100].forEach((t, q) => (values[r][6 + q] = t));
    const report = validateGrid({ sheet: model.sheetName, origin: { row: 0, col: 0 }, values, merges: model.merges }, katalog);
    const plan = skpPlanFrom(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan" }, [report])!;
    expect(plan.rhk[0].indikator[0].targetTriwulan).toEqual(["25", "50", "75", "100"]);
    const ra = buildRencanaAksiTemplate(plan, OPTIONS);
    const m = templateMatrix(ra);
    const body = m.slice(ra.bodyRows[0], ra.bodyRows[0] + 4);
    expect(body.map((row) => [row[3], row[4]])).toEqual([["I", "25 %"], ["II", "50 %"], ["III", "75 %"], ["IV", "100 %"]]);
    expect(body.every((row) => row[5] === "[rencana aksi]")).toBe(true);
    // One row per indicator and quarter.
    const n = plan.rhk.reduce((k, x) => k + x.indikator.length, 0);
    expect(ra.bodyRows[1] - ra.bodyRows[0] + 1).toBe(4 * n);
  });
});

describe("copy-ready rows for e-Kinerja", () => {
  it("gives the fields in the form's order, tab-separated, no tab or line break inside a field", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan", jabatan: "kasi-pemerintahan" });
    const desa = plan.rhk.find((r) => r.rhkPimpinan)!;
    const row = eKinerjaRow(plan, desa, { ...desa.indikator[0], target: "90" });
    expect(row.split("\t")).toEqual([IKU_SASARAN, desa.rhk, "waktu", desa.indikator[0].indikator, "90 %"]);
    const odd = eKinerjaRow(plan, { ...desa, rhk: "a\tb\nc" }, desa.indikator[0]);
    expect(odd.split("\t")).toHaveLength(5);
    expect(odd.split("\t")[1]).toBe("a b c");
  });

  it("JPT: perspective first", () => {
    const plan = skpPlan(katalog, { unit: "kecamatan" });
    expect(eKinerjaRow(plan, plan.rhk[0], plan.rhk[0].indikator[0]).split("\t")[0]).toBe("Penerima Layanan");
  });
});

describe("the registry", () => {
  it("the SKP kind reads the workbook and says when it fell back to the catalogue", () => {
    const kind = templateKind("skp")!;
    const input = { unit: "kecamatan", jabatan: "kasi-pemerintahan", tahun: 2026, rumus: "asli" as const, identitas: true, isiDariKatalog: true, barisKosong: 0, ukuran: "tidak" as const, tandaTangan: true, responden: 100 };
    expect(kind.build(katalog, input).what).toMatch(/^SKP Kepala Seksi Pemerintahan 2026 \(pola JA\): 5 RHK, 8 indikator, dari katalog$/);
    const fallback = kind.build(katalog, { ...input, reports: [], sumber: "kosong.xlsx" });
    expect(fallback.note).toBe("kosong.xlsx belum memuat tabel IKI Kepala Seksi Pemerintahan yang dikenali, jadi SKP disusun dari katalog.");
  });
});

describe("iki-cek templat --jenis skp", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "skp-cli-"));
  const run = async (args: string[]) => {
    let out = "";
    let err = "";
    const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };

  it("writes the SKP from a workbook's IKI table, and periksa checks it clean", async () => {
    const ikiFile = path.join(tmp, "iki.xlsx");
    expect((await run(["templat", "--unit", "kecamatan", "--jabatan", "Kasi Pemerintahan", "--tahun", "2026", "-o", ikiFile])).code).toBe(0);
    const skpFile = path.join(tmp, "skp.xlsx");
    const made = await run(["templat", "--jenis", "skp", "--unit", "kecamatan", "--jabatan", "Kasi Pemerintahan", "--tahun", "2026", "--dari", ikiFile, "-o", skpFile]);
    expect(made.code).toBe(0);
    expect(made.err).toMatch(/^SKP Kepala Seksi Pemerintahan 2026 \(pola JA\): 5 RHK, 8 indikator, dari tabel IKI di iki\.xlsx, ditulis ke /);
    const checked = await run(["periksa", "--json", skpFile]);
    const [report] = JSON.parse(checked.out).files;
    expect(report.tables[0]).toMatchObject({ jenis: "skp", jabatan: "kasi-pemerintahan" });
    expect(report.findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  }, 60_000);

  it("refuses --pola for other kinds and an unknown layout", async () => {
    const o = ["--unit", "kecamatan", "--tahun", "2026", "-o", path.join(tmp, "x.xlsx")];
    expect((await run(["templat", "--jenis", "iku", "--pola", "ja", ...o])).err).toContain("--pola hanya untuk --jenis skp.");
    expect((await run(["templat", "--jenis", "skp", "--pola", "eselon", ...o])).err).toContain('--pola harus ja atau jpt, bukan "eselon".');
  });
});
