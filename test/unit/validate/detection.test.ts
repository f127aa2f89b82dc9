import fc from "fast-check";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridReader, GridValue, MergedArea } from "../../../src/core/grid";
import { detectTables, roleOf, validateGrid, validateGridSteps } from "../../../src/core/validate";
import { COLUMN_SYNONYMS } from "../../../src/core/validate/columnVocabulary";

const katalog = defaultKatalog();
const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus / Formula Perhitungan", "Sumber Data", "Penanggung Jawab"];
const RKP = ["1", "Terlaksananya Pembinaan Pemerintahan Desa", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%", "Perdes RKPDesa yang diterima Kecamatan", "Kepala Seksi Pemerintahan"];
const APB = ["2", "Terlaksananya Pembinaan Pemerintahan Desa", "Persentase Desa yang menetapkan APBDes Tepat Waktu", "Jumlah desa yang menetapkan APBDes tepat waktu dibagi jumlah desa dikali 100", "Perdes APBDesa yang diterima Kecamatan", "Kepala Seksi Pemerintahan"];

function grid(rows: GridValue[][], merges: MergedArea[] = [], origin = { row: 0, col: 0 }): Grid {
  return { sheet: "Uji", origin, values: rows, merges };
}
const shift = (row: GridValue[], by: number) => [...Array(by).fill(null), ...row];

describe("header synonyms from the seeds", () => {
  it.each([
    ["No", "no"], ["No.", "no"], ["NO", "no"],
    ["Sasaran", "sasaran"], ["Sasaran Strategis", "sasaran"], ["Sasaran (Program/Kegiatan)*", "sasaran"], ["SASARAN (PROGRAM)", "sasaran"],
    ["Indikator Kinerja", "indikator"], ["Indikator Kinerja Individu", "indikator"], ["Indikator Kinerja Utama", "indikator"], ["INDIKATOR KINERJA ( PROGRAM)", "indikator"], ["IKI", "indikator"],
    ["Rumus / Formula Perhitungan", "rumus"], ["Rumus/ Formula Perhitungan", "rumus"], ["Rumus/Formulasi", "rumus"], ["RUMUS/ FORMULA", "rumus"], ["Rumus / formula", "rumus"],
    ["Sumber Data", "sumber"], ["SUMBER DATA", "sumber"],
    ["Penanggung Jawab", "pj"], ["Penanggungjawab", "pj"], ["Perangkat Daerah Penanggungjawab", "pj"], ["PENANGGUNG JAWAB", "pj"],
    ["Jabatan", undefined], ["Jenis Data", undefined], ["Kinerja Utama", undefined], ["Frekuensi Waktu Pengumpulan Data", undefined],
  ])("%s -> %s", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe("header synonyms from the corpus (test/corpus) and the template", () => {
  it.each([
    ["Penjelasan/ Formulasi Perhitungan", "rumus"], ["PENJELASAN/FORMULASI PENGHITUNGAN", "rumus"], ["RUMUS/PERSAMAAN", "rumus"], ["RUMUS/ PERHITUNGAN", "rumus"],
    ["Definisi / Rumus", "rumus"], ["METODE PERHITUNGAN", "rumus"], ["RUMUS IKU", "rumus"], ["ALASAN/PENJELASAN", "rumus"],
    ["SASARAN KINERJA (4)", "sasaran"], ["Sasaran Kinerja Program", "sasaran"], ["SASARAN/KINERJA UTAMA", "sasaran"], ["KINERJA", "sasaran"],
    ["INDIKATOR KINERJA (5)", "indikator"], ["Indikator Kinerja Program", "indikator"], ["INDIKATOR KINERJA UTAMA (IKU)", "indikator"], ["IKK", "indikator"],
    ["SUMBER DATA (7)", "sumber"], ["SUMBER DAN CARA PENGUMPULAN DATA", "sumber"],
    ["SKPD", undefined], ["KODE INDIKATOR", "no"], ["No IKK", "no"],
    ["SATUAN", "satuan"], ["Target", "target"], ["Realisasi", "realisasi"], ["CAPAIAN KINERJA (TAHUN 2019)", "capaian"], ["KETERANGAN", "keterangan"], ["Penjelasan", "keterangan"], ["KONSEP DAN DEFINISI", "keterangan"],
  ])("%s -> %s", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it("every synonym names where it was seen and is found by roleOf as written", () => {
    for (const [role, synonyms] of Object.entries(COLUMN_SYNONYMS)) {
      for (const s of synonyms) {
        expect(s.dilihat.length).toBeGreaterThan(3);
        expect(roleOf(s.teks)).toBe(role);
      }
    }
  });
});

describe("table detection", () => {
  it("finds a table anywhere, under a letterhead, with the header address", () => {
    const g = grid(
      [
        ["PEMERINTAH KABUPATEN LUMAJANG"],
        ["KECAMATAN CONTOH"],
        [],
        ["Jabatan : Kepala Seksi Pemerintahan"],
        [],
        shift(HEADER, 2),
        shift(RKP, 2),
        shift(APB, 2),
      ],
      [],
      { row: 3, col: 1 }
    );
    const report = validateGrid(g, katalog);
    expect(report.tables).toEqual([{ sheet: "Uji", header: "D9:I9", rows: [10, 11], indicatorRows: 2, jabatan: "kasi-pemerintahan", unit: "Kecamatan" }]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("skips a header repeated after a page break and ends at the signature block", () => {
    const g = grid([HEADER, RKP, [], HEADER, APB, [], ["Mengetahui"], ["CAMAT CONTOH"], ["Lumajang, 10 Januari 2024"], ["NIP. ..."]]);
    const [t] = detectTables(new GridReader(g));
    expect(t.bodyRows).toEqual([1, 4]);
  });

  it("finds several tables on one sheet, separated by blank rows, titles or signatures", () => {
    const g = grid([HEADER, RKP, [], [], ["INDIKATOR KINERJA INDIVIDU KASI LAIN"], HEADER, APB, ["Mengetahui"], HEADER, RKP]);
    expect(detectTables(new GridReader(g)).map((t) => t.headerRow)).toEqual([0, 5, 8]);
  });

  it("counts a merged cell's value for every row it covers", () => {
    const apbCont = ["", "", APB[2], APB[3], "", ""];
    const g = grid([HEADER, RKP, apbCont], [
      { top: 1, left: 1, bottom: 2, right: 1 }, // Sasaran
      { top: 1, left: 4, bottom: 2, right: 4 }, // Sumber Data
      { top: 1, left: 5, bottom: 2, right: 5 }, // Penanggung Jawab
    ]);
    const report = validateGrid(g, katalog);
    expect(report.findings.filter((f) => f.rule === "pj-kosong" || f.rule === "sumber-kosong")).toEqual([]);
  });

  it("lets the first row of a continuation group supply PJ and Sumber Data, but not a new number", () => {
    const cont = ["", "", APB[2], APB[3], "", ""];
    const own = ["2", "Sasaran lain", APB[2], APB[3], "", ""];
    const report = validateGrid(grid([HEADER, RKP, cont, own]), katalog);
    const empty = report.findings.filter((f) => f.rule === "pj-kosong" || f.rule === "sumber-kosong");
    expect(empty.map((f) => f.cell).sort()).toEqual(["E4", "F4"]);
    expect(empty.find((f) => f.cell === "F4")!.fix).toEqual({ label: "Isi Penanggung Jawab dari katalog", cell: "F4", value: "Kepala Seksi Pemerintahan", isiKosong: true });
  });

  it("reports a formula not equivalent to the catalogue's, with the reason and the catalogue formula", () => {
    const swapped = [...RKP];
    swapped[3] = "Jumlah desa / Jumlah desa yang menetapkan RKPDes tepat waktu x 100%";
    const [f] = validateGrid(grid([HEADER, swapped]), katalog).findings.filter((x) => x.rule === "rumus-tidak-sesuai");
    expect(f.message).toContain("pembilang dan penyebut tertukar");
    // The catalogue formula is shown once, as the suggestion, not repeated in the message.
    expect(f.suggestion).toBe("(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%");
    expect(f.message).not.toContain("Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa");
    expect(f.fix?.value).toBe("(Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%");
  });

  it("suggests the catalogue spelling of a misspelt indicator and ignores unknown ones as info", () => {
    const typo = [...RKP];
    typo[2] = "Persentase Desa yang menetapkan RKPDes Tepat Watu";
    const unknown = ["2", "Sasaran", "Jumlah kambing yang diberi makan", "Jumlah kambing", "Buku kandang", "Kasi Peternakan"];
    const f = validateGrid(grid([HEADER, typo, unknown]), katalog).findings;
    expect(f.find((x) => x.rule === "salah-ketik")).toMatchObject({ severity: "warning", suggestion: "Persentase Desa yang menetapkan RKPDes Tepat Waktu", cell: "C2" });
    expect(f.find((x) => x.rule === "indikator-tidak-dikenal")).toMatchObject({ severity: "info", cell: "C3" });
  });

  it("flags an average whose divisor is not its number of parts", () => {
    const avg = ["1", "Terpenuhinya Pemberdayaan", "rata-rata persentase fasilitasi pemberdayaan masyarakat", "Jumlah (persentase desa + persentase kelurahan + persentase PKK) dibagi 4", "Laporan", "Kasi PM"];
    const f = validateGrid(grid([HEADER, avg]), katalog).findings;
    expect(f.find((x) => x.rule === "pembagi-rata-rata")).toMatchObject({ severity: "error", cell: "D2" });
  });
});

describe("robustness", () => {
  it.each([
    [[[0, "Sumber Data", "No"], ["Jumlah desa yang menetapkan APBDes tepat waktu dibagi jumlah desa dikali 100"]]],
    [[["Indikator Kinerja", "", "No"], ["No"], [0, "Sumber Data"]]],
  ])("grids fast-check found once: %j", (rows) => {
    expect(() => validateGrid(grid(rows as GridValue[][]), katalog)).not.toThrow();
  });

  const value = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(...HEADER, ...RKP, ...APB, "Mengetahui", "NIP. 1", "", "1", "15", "x 100%", "dibagi",
      // the shapes of issue #25: band rows, measures, summaries, records, headings
      "Target", "Realisasi", "Capaian", "Uraian", "TW I", "2019", "(%)", "Tahun 2019", "Rata-rata Capaian", "Jumlah", "Nama Indikator", "Definisi", "A", "- Desa", ":", "Sumber : X", "87,5 %")
  );
  it("never throws on random grids with random merges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 25 }),
        fc.array(fc.record({ top: fc.nat(24), left: fc.nat(7), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 6 }),
        (rows, ms) => {
          const merges = ms.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));
          const report = validateGrid(grid(rows, merges), katalog);
          expect(Array.isArray(report.findings)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("what the corpus taught (test/corpus)", () => {
  const table = (rows: GridValue[][]) => validateGrid(grid(rows), katalog);
  const H = ["No", "Sasaran", "Indikator Kinerja", "Rumus", "Sumber Data", "Penanggung Jawab"];
  const row = (indikator: string, rumus: string) => ["1", "Meningkatnya kualitas", indikator, rumus, "BPS", "Bappeda"];

  it.each([
    ["Indeks Pembangunan Gender (IPG)"],
    ["Angka Partisipasi Murni PAUD"],
    ["Indek Pembangunan pemuda"],
  ])("%s is no misspelling of a catalogue indicator", (indikator) => {
    const r = table([H, row(indikator, "Nilai IPG dari BPS")]);
    expect(r.findings.filter((f) => f.rule === "salah-ketik")).toEqual([]);
  });

  it("a real misspelling is still one", () => {
    const r = table([H, row("Presentase desa yang menetapkan APBDes tepat watu", "Jumlah desa yang menetapkan APBDes tepat waktu dibagi jumlah desa x 100%")]);
    expect(r.findings.filter((f) => f.rule === "salah-ketik")).toHaveLength(1);
  });

  it("a table with Indikator and Rumus only is a table; missing columns are named", () => {
    const r = table([["Indikator", "Cara Perhitungan"], ["Persentase desa tertib", "Jumlah desa tertib dibagi jumlah desa x 100%"]]);
    expect(r.tables).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === "kolom-hilang").map((f) => f.message)).toEqual([
      expect.stringContaining("kolom Sumber Data"),
      expect.stringContaining("kolom Penanggung Jawab"),
    ]);
  });

  it("a table without a formula column says its formulas were not checked", () => {
    const r = table([["No", "Sasaran", "Indikator Kinerja Utama", "Satuan", "Penanggung Jawab", "Sumber Data"], ["1", "Meningkatnya pendidikan", "Angka Partisipasi Murni PAUD", "persen", "Dinas Pendidikan", "Dinas Pendidikan"]]);
    expect(r.tables).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === "rumus-tidak-diperiksa").map((f) => f.cell)).toEqual(["C1"]);
  });

  it("a header-like row that is no table says what it recognised and what it lacks", () => {
    const r = table([["Indikator", "Satuan", "Keterangan"], ["Persentase desa tertib", "%", "-"]]);
    expect(r.tables).toHaveLength(0);
    const [f] = r.findings.filter((x) => x.rule === "tabel-tidak-dikenali");
    expect(f.message).toContain("kolom dikenali: Indikator, Satuan, Keterangan; tidak ada: Rumus, Target/Realisasi, Sumber Data atau Penanggung Jawab");
    expect(f.severity).toBe("info");
  });

  it("an indicator list with targets is a plan table: found, and no columns demanded of it", () => {
    const r = table([["Indikator", "Satuan", "Target"], ["Persentase desa tertib", "%", "90"]]);
    expect(r.tables).toHaveLength(1);
    expect(r.findings.filter((f) => f.rule === "kolom-hilang" || f.rule === "tabel-tidak-dikenali")).toEqual([]);
  });

  it("a header merged over a number column and a text column reads the indicator from the text column", () => {
    const g = grid(
      [
        ["No.", "Sasaran", "Indikator Kinerja Utama (IKU)", null, "Satuan", "Penanggung Jawab", "Sumber Data"],
        ["1.", "Meningkatnya pendidikan", "1.", "Angka Partisipasi Murni PAUD", "persen", "Dinas Pendidikan", "Dinas Pendidikan"],
        [null, null, "2.", "Angka Partisipasi Kasar PAUD", "persen", "Dinas Pendidikan", "Dinas Pendidikan"],
      ],
      [{ top: 0, left: 2, bottom: 0, right: 3 }]
    );
    const [t] = detectTables(new GridReader(g));
    expect(t.columns.indikator).toBe(3);
    expect(validateGrid(g, katalog).tables[0].indicatorRows).toBe(2);
  });

  it('a numbering row "(1) (2) (4) ..." under the header is part of the header', () => {
    const r = table([["NO", "IKK", "RUMUS/ PERHITUNGAN", "JENIS DATA", "KETERANGAN"], ["(1)", "(4)", "(5)", "(6)", "(9)"], ["1", "Persentase desa tertib", "Jumlah desa tertib dibagi jumlah desa x 100%", "Data", ""]]);
    expect(r.tables[0].indicatorRows).toBe(1);
  });
});

describe("a percentage by its Satuan or its Capaian, not only by its name", () => {
  const H = ["No", "Indikator", "Rumus", "Satuan", "Capaian", "Sumber Data", "Penanggung Jawab"];
  const rules = (row: GridValue[]) => validateGrid(grid([H, row]), katalog).findings.map((f) => f.rule);

  it.each([
    ["Satuan %", ["1", "Rasio rumah ber IMB", "Jumlah rumah ber IMB dibagi jumlah rumah", "%", null, "Dinas PUPR", "Dinas PUPR"]],
    ["Satuan persen", ["1", "Rasio rumah ber IMB", "Jumlah rumah ber IMB dibagi jumlah rumah", "persen", null, "Dinas PUPR", "Dinas PUPR"]],
    ["Capaian ......%", ["1", "Rasio rumah ber IMB", "Jumlah rumah ber IMB dibagi jumlah rumah", null, "......%", "Dinas PUPR", "Dinas PUPR"]],
  ])("%s: a ratio without x 100 is persen-tanpa-100", (_name, row) => {
    expect(rules(row as GridValue[])).toContain("persen-tanpa-100");
  });

  it("a ratio measured as a plain ratio is left alone", () => {
    expect(rules(["1", "Rasio rumah ber IMB", "Jumlah rumah ber IMB dibagi jumlah rumah", "rasio", "0,8", "Dinas PUPR", "Dinas PUPR"])).not.toContain("persen-tanpa-100");
  });
});

describe("validateGridSteps (the pane's responsive check)", () => {
  it("pauses every 500 rows with the share done, and reports exactly what validateGrid does", () => {
    const rows = Array.from({ length: 1_300 }, (_, i) => [String(i + 1), "S", `Indikator ${i}`, i % 7 ? "Jumlah a / Jumlah b x 100%" : "", "Laporan", i % 5 ? "Kasi" : ""]);
    const g = grid([HEADER, ...rows]);
    const steps = validateGridSteps(g, katalog);
    const shares: number[] = [];
    let step = steps.next();
    while (!step.done) {
      shares.push(step.value);
      step = steps.next();
    }
    expect(shares.map((x) => Math.round(x * 1300))).toEqual([500, 1000]);
    expect(step.value).toEqual(validateGrid(g, katalog));
    expect(step.value.findings.length).toBeGreaterThan(0);
  });
});
