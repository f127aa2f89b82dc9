/*
 * The shapes of issue #25, each a small named function with its own example grids (as the rules
 * have theirs), and each shape the issue lists read end to end: a unit row under the header,
 * grouped year headers, a header merged over a number and a name column beside a group, other
 * names for the core columns, summary rows, records instead of rows, and blocks never skipped
 * silently. The grids are written here from the shapes' descriptions, not copied from a document.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridReader, GridValue, parseRange } from "../../../src/core/grid";
import { htmlReport, textReport, validateGrid } from "../../../src/core/validate";
import { cellFacts } from "../../../src/core/validate/cellKind";
import { resolveColumns } from "../../../src/core/validate/columnRoles";
import { detectTables } from "../../../src/core/validate/detectTables";
import { findTables } from "../../../src/core/validate/findTables";
import { continuesHeader, isNumberingRow, isUnitRow, readBand, unitText } from "../../../src/core/validate/headerBand";
import { periodOf, roleOf, weakRoleOf } from "../../../src/core/validate/headerWords";
import { measureColumns } from "../../../src/core/validate/measureColumns";
import { fieldOf, findRecords } from "../../../src/core/validate/records";
import { summaryLabel } from "../../../src/core/validate/summaryRows";

const katalog = defaultKatalog();

function grid(rows: GridValue[][], merges: string[] = []): Grid {
  return {
    sheet: "Contoh",
    origin: { row: 0, col: 0 },
    values: rows,
    merges: merges.map((m) => parseRange(m)!),
  };
}
const reader = (rows: GridValue[][], merges: string[] = []) => new GridReader(grid(rows, merges));

describe("cell kinds (cellFacts)", () => {
  it.each<[GridValue, string]>([
    ["1.", "nomor"],
    ["(3)", "nomor"],
    ["2.1.3", "nomor"],
    ["1.2.", "nomor"],
    ["1.a.1", "nomor"],
    ["98.84", "angka"],
    ["749.930.215", "angka"],
    ["1.2.", "nomor"],
    ["1.a.1", "nomor"],
    ["98.84", "angka"],
    ["749.930.215", "angka"],
    [87.5, "angka"],
    ["87,50", "angka"],
    ["95,2 %", "angka"],
    ["80-90", "angka"],
    ["≥ 80", "angka"],
    ["95 PER 100.000", "angka"],
    ["Jumlah desa tertib dibagi jumlah desa x 100%", "rumus"],
    ["Jumlah RS terakreditasi / Jumlah RS", "rumus"],
    ["Kepala Seksi Pemerintahan", "jabatan"],
    ["Dinas Kesehatan", "jabatan"],
    ["Laporan bulanan puskesmas", "dokumen"],
    ["%", "satuan"],
    ["orang", "satuan"],
    ["Persentase desa yang menetapkan APBDes tepat waktu", "teks"],
    ["Persentase RKPDes/APBDes", "teks"],
    ["-", "kosong"],
    ["numerator", "bagian"],
    ["Denumerator", "bagian"],
    ["Penyebut", "bagian"],
  ])("%p is %s", (value, kind) => {
    expect(cellFacts(value).kind).toBe(kind);
  });

  it("tells indicator wording from sasaran wording", () => {
    expect(cellFacts("Indeks Kepuasan Masyarakat").indicatorLike).toBe(true);
    expect(cellFacts("Meningkatnya kualitas pelayanan publik").sasaranLike).toBe(true);
    expect(cellFacts("Meningkatnya kualitas pelayanan publik").indicatorLike).toBe(false);
  });
});

describe("header words (roleOf, weakRoleOf, periodOf)", () => {
  it.each([
    ["CAPAIN KINERJA TAHUN N-1", "capaian"],
    ["Realsasi", "realisasi"],
    ["Keterang", "keterangan"],
    ["% Kinerja", "capaian"],
    ["% Cakupan", "capaian"],
    ["Pencapaian Riil", "realisasi"],
    ["Indikator Kinerja Program (IKP)/ Indikator Kinerja Kegiatan (IKK)", "indikator"],
  ])("%s names %s", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it.each([["Uraian"], ["Judul Data"], ["Program / Variabel / Sub Variabel"]])(
    "%s only suggests Indikator",
    (text) => {
      expect(roleOf(text)).toBeUndefined();
      expect(weakRoleOf(text)).toBe("indikator");
    }
  );

  it.each([
    ["Tahun 2019", "2019"],
    ["TH. 2019", "2019"],
    ["Capaian Kinerja Tahun 2019", "2019"],
    ["TW II", "tw 2"],
    ["Triwulan 2", "tw 2"],
    ["(%)", ""],
  ])("period of %s is %p", (text, period) => {
    expect(periodOf(text)).toBe(period);
  });
});

describe("header band shapes", () => {
  it("isUnitRow: units in brackets under the names", () => {
    expect(isUnitRow(reader([[null, null, "(%)", "(%)", "(%)"]]), 0)).toBe(true);
    expect(isUnitRow(reader([["(Rp)", "(orang)", "%"]]), 0)).toBe(true);
    expect(isUnitRow(reader([["1", "Persentase desa", "%", 80]]), 0)).toBe(false);
    expect(unitText("(Rp. 000)")).toBe("rp 000");
    expect(unitText("Orang")).toBeUndefined(); // a bare word is a unit only in brackets
  });

  it("isNumberingRow: column numbers in increasing small steps", () => {
    expect(isNumberingRow(reader([["(1)", "(2)", "(3)", "(4)"]]), 0)).toBe(true);
    expect(isNumberingRow(reader([[null, "2", "3", "4", "5"]]), 0)).toBe(true);
    expect(isNumberingRow(reader([["1", "15", "30"]]), 0)).toBe(false);
  });

  it("continuesHeader: sub-headers under a group, not body cells under headers", () => {
    const r = reader(
      [
        ["No", "Indikator", "Target", null, "Realisasi", null],
        [null, null, "2019", "2020", "2019", "2020"],
        ["1", "Persentase desa tertib", "80", "85", "78", "86"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    );
    expect(continuesHeader(r, [0], 1)).toBe(true);
    expect(continuesHeader(r, [0, 1], 2)).toBe(false);
  });

  it("continuesHeader: an unmerged group cell followed by empty cells", () => {
    const r = reader([
      ["Indikator", "Target", null, "Realisasi", null],
      [null, "2019", "2020", "2019", "2020"],
    ]);
    expect(continuesHeader(r, [0], 1)).toBe(true);
    const band = readBand(r, 0);
    expect(band.labels.map((l) => l.parts.join(" / "))).toEqual([
      "Indikator",
      "Target / 2019",
      "Target / 2020",
      "Realisasi / 2019",
      "Realisasi / 2020",
    ]);
  });

  it("readBand: group, merged-down cells, unit row and numbering row fused per column", () => {
    const r = reader(
      [
        ["No", "Indikator Kinerja", "Tahun 2019", null, "Capaian Kinerja Tahun 2019"],
        [null, null, "Target", "Realisasi", null],
        [null, null, "(%)", "(%)", "(%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Persentase desa tertib", "80", "76", "95"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]
    );
    const band = readBand(r, 0);
    expect([band.top, band.namesRow, band.bottom]).toEqual([0, 1, 3]);
    expect(band.labels.map((l) => [l.parts.join(" / "), l.unit ?? ""])).toEqual([
      ["No", ""],
      ["Indikator Kinerja", ""],
      ["Tahun 2019 / Target", "%"],
      ["Tahun 2019 / Realisasi", "%"],
      ["Capaian Kinerja Tahun 2019", "%"],
    ]);
  });
});

describe("column roles from words and content (resolveColumns)", () => {
  const resolve = (rows: GridValue[][], merges: string[] = []) => {
    const r = reader(rows, merges);
    const band = readBand(r, 0);
    const body = rows.map((_, i) => i).filter((i) => i > band.bottom);
    return resolveColumns(r, band, body);
  };

  it("a weak word takes the role when the content agrees, and says so", () => {
    const { columns, roles } = resolve([
      ["Uraian", "Target", "Realisasi", "Capaian"],
      ["Persentase desa yang menetapkan APBDes tepat waktu", 80, 76, 95],
      ["Jumlah dokumen perencanaan yang disusun", 4, 4, 100],
    ]);
    expect(columns.indikator).toBe(0);
    expect(roles.find((x) => x.col === 0)).toMatchObject({ dari: "dugaan" });
    expect(roles.find((x) => x.col === 0)!.alasan).toContain("judul 'Uraian'");
  });

  it("a weak word yields to a strong one: Uraian under Sasaran beside Indikator is the sasaran", () => {
    const { columns } = resolve(
      [
        ["Sasaran", null, "Rumus"],
        ["Uraian", "Indikator", null],
        ["Meningkatnya kesehatan ibu", "Angka kematian ibu", "Jumlah kematian ibu / Jumlah kelahiran hidup x 100.000"],
      ],
      ["A1:B1", "C1:C2"]
    );
    expect(columns).toMatchObject({ sasaran: 0, indikator: 1, rumus: 2 });
  });

  it("a header merged over a number column and a name column gives the name column the role", () => {
    const { columns } = resolve(
      [
        ["INDIKATOR KINERJA UTAMA", null, "TARGET", null],
        [null, null, "2019", "2020"],
        ["1", "Persentase desa tertib administrasi", "80", "85"],
        ["2", "Indeks kepuasan masyarakat", "76", "78"],
      ],
      ["A1:B2", "C1:D1"]
    );
    expect(columns.indikator).toBe(1);
    expect(columns.no).toBe(0);
  });

  it("a silent number column equal to realisasi / target x 100 is the capaian", () => {
    const { roles } = resolve([
      ["Indikator", "Target", "Realisasi", "%"],
      ["Persentase desa tertib", 80, 60, 75],
      ["Persentase arsip tertata", 100, 90, 90],
      ["Persentase surat diproses", 50, 50, 100],
    ]);
    expect(roles.find((x) => x.col === 3)).toMatchObject({ role: "capaian", dari: "dugaan" });
  });

  it("content names the columns a header leaves silent: formulas, positions, documents", () => {
    const { columns, roles } = resolve([
      ["Indikator Kinerja", "Penjabaran", "Pelaksana", "Bukti"],
      ["Persentase desa tertib", "Jumlah desa tertib dibagi jumlah desa x 100%", "Kepala Seksi Pemerintahan", "Laporan bulanan"],
      ["Persentase arsip tertata", "Jumlah arsip tertata / jumlah arsip x 100%", "Sekretaris Kecamatan", "Daftar arsip"],
    ]);
    expect(columns).toMatchObject({ indikator: 0, rumus: 1, pj: 2, sumber: 3 });
    expect(roles.filter((x) => x.dari === "dugaan").map((x) => x.col)).toEqual([1, 2, 3]);
  });
});

describe("summary rows (summaryLabel)", () => {
  it.each([["Jumlah"], ["TOTAL"], ["Rata-rata Capaian"], ["Rata-rata Capain Kinerja"], ["Rerata capaian sasaran 1"], ["Jumlah Total"]])(
    "%s is a summary row",
    (text) => expect(summaryLabel(text)).toBeDefined()
  );
  it.each([["Jumlah desa yang menetapkan APBDes tepat waktu"], ["Rata-rata lama sekolah"], ["Total Fertility Rate"]])(
    "%s is an indicator",
    (text) => expect(summaryLabel(text)).toBeUndefined()
  );
  it("averages or sums", () => {
    expect(summaryLabel("Rata-rata Capaian")!.rataRata).toBe(true);
    expect(summaryLabel("Jumlah")!.rataRata).toBe(false);
  });
});

describe("records (fieldOf, findRecords)", () => {
  it("reads field labels with their decoration and an inline value", () => {
    expect(fieldOf("1. Nama Indikator")).toEqual({ role: "indikator" });
    expect(fieldOf("Rumus / Cara Perhitungan :")).toEqual({ role: "rumus" });
    expect(fieldOf("Produsen Data")).toEqual({ role: "pj" });
    expect(fieldOf("Definisi : Persentase desa yang ...")).toEqual({ role: "definisi", inline: "Persentase desa yang ..." });
    expect(fieldOf("Nama")).toBeUndefined(); // an identity block's label
  });

  it("finds stacked records, each its own, and records side by side as one", () => {
    const stacked = reader([
      ["Nama Indikator", ":", "Persentase desa tertib administrasi"],
      ["Definisi", ":", "Desa yang administrasinya tertib"],
      ["Rumus", ":", "Jumlah desa tertib / jumlah desa x 100%"],
      ["Sumber Data", ":", "Laporan desa"],
      [],
      ["Nama Indikator", ":", "Indeks kepuasan masyarakat"],
      ["Rumus", ":", "Nilai IKM dari survei"],
      ["Produsen Data", ":", null],
      ["Satuan", ":", "indeks"],
    ]);
    const groups = findRecords(stacked, () => false);
    expect(groups.map((g) => g.records.length)).toEqual([1, 1]);
    expect(groups[1].records[0].cells.pj).toEqual({ r: 7, c: 2 });

    const beside = reader([
      ["Nama Indikator", "Persentase desa tertib", "Indeks kepuasan masyarakat"],
      ["Rumus", "Jumlah desa tertib / jumlah desa x 100%", "Nilai IKM"],
      ["Sumber Data", "Laporan desa", "Hasil SKM"],
      ["Penanggung Jawab", "Kasi Pemerintahan", null],
    ]);
    const [group] = findRecords(beside, () => false);
    expect(group.records.map((x) => x.cells.indikator)).toEqual([
      { r: 0, c: 1 },
      { r: 0, c: 2 },
    ]);
    expect(group.records[1].cells.pj).toEqual({ r: 3, c: 2 });
  });

  it("an identity block is no record", () => {
    const r = reader([
      ["Nama", ":", "[NAMA]"],
      ["NIP", ":", "[NIP]"],
      ["Jabatan", ":", "Kepala Seksi Pemerintahan"],
    ]);
    expect(findRecords(r, () => false)).toEqual([]);
  });
});

describe("the shapes the issue lists, read end to end", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);

  it("1. a unit row under the header: the indicators are found and the capaian checked", () => {
    const report = findings(
      [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        [null, null, "(%)", "(%)", "(%)"],
        ["1", "Persentase desa tertib administrasi", "80", "60", "85"],
        ["2", "Persentase arsip yang tertata", "90", "90", "100"],
      ],
      ["A1:A2", "B1:B2"]
    );
    expect(report.tables).toMatchObject([{ header: "A1:E1", indicatorRows: 2 }]);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["capaian-salah-hitung", "E3"],
    ]);
  });

  it("2. grouped year headers: capaian checked for each year with target, realisasi and capaian", () => {
    const g = grid(
      [
        ["No", "Indikator", "Capaian 2018", "Tahun 2019", null, "Capaian Kinerja Tahun 2019"],
        [null, null, null, "Target", "Realisasi", null],
        ["1", "Persentase desa tertib", "70", "80", "60", "80"],
        ["2", "Persentase arsip tertata", "90", "100", "95", "95"],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"]
    );
    const [table] = detectTables(new GridReader(g));
    expect(measureColumns(table)).toEqual([{ period: "2019", target: 3, realisasi: 4, capaian: 5 }]);
    expect(validateGrid(g, katalog).findings.filter((f) => f.rule === "capaian-salah-hitung").map((f) => f.cell)).toEqual(["F3"]);
  });

  it("3. a header merged over a number and a name column beside a group cell: one table", () => {
    const report = findings(
      [
        ["INDIKATOR KINERJA UTAMA", null, "TARGET", null],
        [null, null, "2019", "2020"],
        ["1", "Persentase desa tertib administrasi", "80", "85"],
        ["2", "Indeks kepuasan masyarakat", "76", "78"],
      ],
      ["A1:B2", "C1:D1"]
    );
    expect(report.tables).toMatchObject([{ header: "A2:D2", indicatorRows: 2 }]);
    expect(report.findings.filter((f) => f.rule === "kolom-hilang" || f.rule === "tabel-tanpa-indikator")).toEqual([]);
  });

  it("4. other names of the core columns, and the summary says which role was inferred", () => {
    const report = findings([
      ["No", "Program / Variabel / Sub Variabel", "Target", "Pencapaian Riil", "% Kinerja"],
      ["1", "Cakupan kunjungan ibu hamil K4", "95", "90", "94,74"],
      ["2", "Cakupan persalinan oleh tenaga kesehatan", "90", "90", "100"],
    ]);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].dugaan).toEqual([
      "kolom B dianggap Indikator (isi teks panjang seperti nama indikator; judul 'Program / Variabel / Sub Variabel')",
    ]);
  });

  it("5. summary rows are not indicators, and a wrong average is found", () => {
    const report = findings(
      [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Persentase desa tertib", "80", "60", "75"],
        ["2", "Persentase arsip tertata", "100", "95", "95"],
        ["Rata-rata Capaian Kinerja", null, null, null, "87"],
      ],
      ["A4:B4"]
    );
    expect(report.tables[0].indicatorRows).toBe(2);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["ringkasan-salah-hitung", "E4"],
    ]);
  });

  it("6. records instead of rows: every rule applies to a record", () => {
    const report = findings([
      ["METADATA INDIKATOR"],
      [],
      ["Nama Indikator", ":", "Persentase desa yang menetapkan APBDes tepat waktu"],
      ["Definisi", ":", "Desa yang menetapkan APBDes paling lambat 31 Desember"],
      ["Rumus / Cara Perhitungan", ":", "Jumlah desa yang menetapkan APBDes tepat waktu"],
      ["Satuan", ":", "%"],
      ["Sumber Data", ":", null],
      ["Produsen Data", ":", "Kasi Pemerintahan"],
    ]);
    expect(report.tables).toMatchObject([{ header: "A3:C3", indicatorRows: 1, bentuk: "rekaman" }]);
    const serious = report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);
    expect(serious).toEqual(
      expect.arrayContaining([
        ["sumber-kosong", "C7"],
        ["persen-tanpa-penyebut", "C5"],
      ])
    );
  });

  it("never silent: a block of text that is no table is reported with what it holds", () => {
    const g = grid([
      ["Tugas", "Hasil Kerja", "Catatan"],
      ["Menyusun laporan bulanan kecamatan", "Laporan tersusun", "Setiap bulan"],
      ["Memfasilitasi musyawarah desa", "Berita acara musyawarah", "Dua kali setahun"],
    ]);
    const rejected: Parameters<typeof findTables>[1] = [];
    expect(findTables(new GridReader(g), rejected)).toEqual([]);
    expect(rejected).toMatchObject([{ row: 0, firstCol: 0, lastCol: 2, lastRow: 2 }]);
    const [f] = validateGrid(g, katalog).findings;
    expect(f.rule).toBe("tabel-tidak-dikenali");
    expect(f.message).toContain("blok teks A1:C3");
  });
});

describe("inferred roles in every output", () => {
  it("text and HTML reports name the inferred column (JSON carries the table summary as is)", () => {
    const report = validateGrid(
      grid([
        ["No", "Uraian", "Target", "Realisasi", "Capaian"],
        ["1", "Persentase desa yang menetapkan APBDes tepat waktu", 80, 60, 75],
        ["2", "Jumlah dokumen perencanaan yang disusun", 4, 4, 100],
      ]),
      katalog
    );
    const said = "kolom B dianggap Indikator (isi teks panjang seperti nama indikator; judul 'Uraian')";
    expect(report.tables[0].dugaan).toEqual([said]);
    const file = { file: "lkjip.xlsx", tables: report.tables, findings: report.findings };
    expect(textReport([file])).toContain(`Tabel A1:E1: ${said}.`);
    expect(htmlReport([file], new Date(0), "bawaan")).toContain("kolom B dianggap Indikator (isi teks panjang seperti nama indikator; judul &#39;Uraian&#39;)".replace(/&#39;/g, "'"));
  });
});

describe("shapes the batches showed (each written here from its description)", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);
  const serious = (r: ReturnType<typeof findings>) => r.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell]);

  it("one indicator per period: the title names it, the next title starts the next table", () => {
    const report = findings(
      [
        ["Meningkatnya kualitas pemuda"],
        ["TAHUN", "TARGET", "REALISASI", "CAPAIAN"],
        ["2023", "60", "60", "100,00%"],
        ["2024", "70", "63", "95,00%"],
        ["Meningkatnya prestasi atlet"],
        ["TAHUN", "TARGET", "REALISASI", "CAPAIAN"],
        ["2023", "100", "110", "110,00%"],
      ],
      ["A1:D1", "A5:D5"]
    );
    expect(report.tables.map((t) => [t.header, t.indicatorRows])).toEqual([["A2:D2", 2], ["A6:D6", 1]]);
    expect(serious(report)).toEqual([["capaian-salah-hitung", "D4"]]);
  });

  it("an indicator's values per year make a data table, with no columns demanded of it", () => {
    const report = findings([
      ["#", "Indikator", "Satuan", "2021", "2022", "2023"],
      ["1", "Tingkat kegemaran membaca masyarakat", "Nilai", "36,60", "59,60", "62,50"],
    ]);
    expect(report.tables).toHaveLength(1);
    expect(serious(report)).toEqual([]);
  });

  it("headings numbered with letters, detail lines and coded headings are no indicators; numbers restart", () => {
    const report = findings(
      [
        ["No", null, "Program / Indikator", "Formula", "Satuan", "Target"],
        ["A", null, "Meningkatnya administrasi kependudukan", null, null, null],
        [null, "1", "Persentase penduduk ber-KTP", "Jumlah penduduk ber-KTP / jumlah penduduk x 100%", "%", "90"],
        [null, "2", "Persentase anak berakta", "Jumlah anak berakta / jumlah anak x 100%", "%", "85"],
        ["B", null, "Meningkatnya disiplin aparatur", null, null, null],
        [null, "1", "Persentase pegawai disiplin", "Jumlah pegawai disiplin / jumlah pegawai x 100%", "%", "95"],
        [null, "- Apel pagi", null, null, null, null],
      ],
      ["A1:B1"]
    );
    expect(report.tables[0].indicatorRows).toBe(3);
    expect(report.findings.filter((f) => ["rumus-kosong", "nomor-ganda", "pj-kosong"].includes(f.rule))).toEqual([]);
  });

  it('a header naming its levels ("Tujuan / Sasaran / Indikator") holds the indicators', () => {
    const report = findings([
      ["No", "Tujuan / Sasaran / Indikator", "Satuan", "Target", "Realisasi"],
      [null, "Sasaran: Terwujudnya statistik berkualitas"],
      ["1", "2.1.4.1 - Persentase desa cantik", "%", "4,44", "2,22"],
      [null, "- Desa Cantik"],
    ], ["B2:E2"]);
    expect(report.tables[0].indicatorRows).toBe(1);
  });

  it("money sub-columns do not take their group's measure; K does", () => {
    const g = grid(
      [
        ["No", "Indikator Kinerja", "Target 2020", null, "Realisasi 2020", null, "Tingkat Capaian 2020 (%)", null],
        [null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
        ["1", "Persentase dokumen selesai tepat waktu", "95", "3.184.142", "48,57", "341.854", "51,13", "10,74"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1"]
    );
    const [table] = detectTables(new GridReader(g));
    expect(measureColumns(table)).toEqual([{ period: "2020", target: 2, realisasi: 4, capaian: 6 }]);
  });
});

describe("records with labels the vocabulary does not know", () => {
  it("a numbered label column, and unknown fields between known ones, keep one record", () => {
    const r = new GridReader(
      grid([
        ["1.", "Nama Indikator", ":", "Tingkat kegemaran membaca"],
        ["2.", "Definisi Operasional", ":", "Tingkat kegemaran membaca masyarakat"],
        ["3.", "Sifat Data", ":", "Terbuka"],
        ["4.", "Jadwal Rilis", ":", "Desember"],
        ["5.", "Nama Kegiatan Statistik", ":", "Survei kegemaran membaca"],
        ["6.", "No. Rekomendasi", ":", "-"],
        ["7.", "Metode / Rumus Penghitungan", ":", "TGM = (0,3 FM + 0,3 DM + 0,3 LM + 0,05 FA + 0,05 JB)"],
        ["8.", "Referensi / Sumber Data", ":", "Survei Dinas Perpustakaan"],
        ["9.", "Produsen Data", ":", "Dinas Perpustakaan dan Kearsipan"],
      ])
    );
    const [group] = findRecords(r, () => false);
    expect(Object.keys(group.records[0].cells).sort()).toEqual(["indikator", "pj", "rumus", "sumber"]);
    expect(group.records[0].cells.rumus).toEqual({ r: 6, c: 3 });
  });
});

describe("indicators across the columns", () => {
  it("a group naming indicators over one numeric sub-column each is a table of reports, with nothing to check per row", () => {
    const report = validateGrid(
      grid(
        [
          ["No", "Rumah Sakit", "Bulan", "Indikator Mutu (%)", null, null],
          [null, null, null, "Kepatuhan Kebersihan Tangan", "Kepatuhan Penggunaan APD", "Kepuasan Pasien"],
          ["1", "RS Contoh", "12", "86.45%", "98%", "90"],
          ["2", "RS Umum Contoh", "12", "96.17%", "100%", "97.78"],
        ],
        ["A1:A2", "B1:B2", "C1:C2", "D1:F1"]
      ),
      katalog
    );
    expect(report.tables).toMatchObject([{ header: "A2:F2", indicatorRows: 3 }]);
    expect(report.findings).toEqual([]);
  });
});

describe("shapes of batch B8 (written here from their descriptions)", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);

  it("a record without a name field takes the title above; a Field | Value heading is no field", () => {
    const report = findings([
      ["Persentase bangunan tertata"],
      ["Additional Info"],
      ["Field", "Value"],
      ["Author", "[NAMA]"],
      ["Definisi", "Proporsi bangunan yang tertata"],
      ["Rumus Perhitungan", "(Jumlah bangunan tertata / jumlah bangunan) x 100%"],
      ["Sumber Data", "Dinas PUPR"],
    ]);
    expect(report.tables).toMatchObject([{ header: "A4:B4", bentuk: "rekaman", indicatorRows: 1 }]);
    expect(report.findings.filter((f) => f.rule === "kolom-hilang").map((f) => f.message)).toEqual([
      "A4: rekaman indikator ini tidak memiliki isian Penanggung Jawab.",
    ]);
  });

  it("a record named 'Nama Elemen Data' with fields the vocabulary does not know is still a record", () => {
    const report = findings([
      ["Nama Elemen Data", "Persentase bangunan gedung pemerintah dalam kondisi baik"],
      ["Konsep", "Rasio bangunan dalam kondisi baik"],
      ["Jenis Elemen Data", "Variabel"],
      ["Tipe Data", "Numerik"],
    ]);
    expect(report.tables).toMatchObject([{ header: "A1:B1", bentuk: "rekaman" }]);
    expect(report.findings.filter((f) => f.rule === "kolom-hilang")).toHaveLength(2);
  });

  it("a budget beside realisasi and 'capaian realisasi anggaran' is that capaian's target; sub-rows under one indicator are measured", () => {
    const report = findings(
      [
        ["NO", "INDIKATOR KINERJA", "PROGRAM/KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN REALISASI ANGGARAN (%)"],
        ["1", "Persentase kegiatan pembinaan", "Sub Kegiatan A", "749.930.215", "702.188.300", "93.6"],
        [null, null, "Sub Kegiatan B", "216.194.000", "188.957.200", "87.4"],
        [null, null, "Sub Kegiatan C", "398.379.650", "307.055.630", "80.5"],
      ],
      ["B2:B4"]
    );
    expect(report.tables[0].dugaan).toEqual([expect.stringContaining("kolom D dianggap Target")]);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["capaian-salah-hitung", "F4"],
    ]);
  });
});

describe("shapes of batches B9 and B10 (written here from their descriptions)", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);
  const warnings = (rows: GridValue[][], merges: string[] = []) =>
    findings(rows, merges)
      .findings.filter((f) => f.severity !== "info")
      .map((f) => [f.rule, f.cell]);

  it("'SKPD' alone is Penanggung Jawab only over agency names: an empty SKPD column of a plan table is no such column", () => {
    expect(roleOf("SKPD")).toBeUndefined();
    expect(weakRoleOf("SKPD")).toBe("pj");
    const plan = [
      ["No", "Indikator", "Target", null, "SKPD"],
      [null, null, "2014", "2015", null],
      ["1", "Pertumbuhan ekonomi (%)", "7,14", "7,02", null],
      ["2", "Laju inflasi (%)", "6,78", "7,25", null],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:D1", "E1:E2"];
    expect(warnings(plan, merges)).toEqual([]);
    const named = plan.map((r, i) => (i >= 2 ? [...r.slice(0, 4), i === 2 ? "Bappeda" : null] : r));
    expect(warnings(named, merges)).toEqual([["pj-kosong", "E4"]]);
  });

  it("one capaian merged over a sasaran's indicators is checked once, against their average", () => {
    const rows = [
      ["No", "Sasaran", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"],
      ["1", "Meningkatnya kualitas perencanaan", "Nilai komponen perencanaan", "poin", 22, "20,83", "100,12"],
      [null, null, "Persentase program yang tercapai", "%", 90, 95, null],
    ];
    const merges = ["A2:A3", "B2:B3", "G2:G3"];
    expect(warnings(rows, merges)).toEqual([]);
    const wrong = rows.map((r, i) => (i === 1 ? [...r.slice(0, 6), "105,56"] : r));
    const report = findings(wrong, merges);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([
      "G2: capaian tertulis 105,56, padahal rata-rata capaian indikator baris 2-3: (94,68 + 105,56) / 2 = 100,12 (polaritas positif, bawaan: makin tinggi makin baik).",
    ]);
  });

  it("rows typed numerator / denumerator make one indicator's fraction; a missing or identical denominator is found", () => {
    const rows = [
      ["No.", "Unit", "Indikator", "Jenis Nilai", "Deskripsi", "Target"],
      [1, "Instalasi Gizi", "Ketepatan waktu distribusi makanan", "numerator", "Jumlah pasien yang menerima makanan tepat waktu", "== 100"],
      [2, "Instalasi Gizi", "Ketepatan waktu distribusi makanan", "denumerator", "Jumlah seluruh pasien rawat inap yang disurvei", "== 100"],
      [3, "Instalasi Gizi", "Sisa makanan yang tidak dihabiskan", "numerator", "Jumlah pasien dengan sisa makanan > 20%", "<= 20"],
      [4, "Instalasi Gizi", "Sisa makanan yang tidak dihabiskan", "numerator", "Jumlah pasien yang disurvei", "<= 20"],
      [5, "Instalasi Gizi", "Waktu tunggu hasil laboratorium < 2 jam", "numerator", "Hasil laboratorium yang selesai < 2 jam", "== 100"],
      [6, "Instalasi Gizi", "Waktu tunggu hasil laboratorium < 2 jam", "denumerator", "Seluruh hasil laboratorium yang selesai < 2 jam", "== 100"],
    ];
    const report = findings(rows);
    expect(report.tables).toMatchObject([{ header: "A1:F1", indicatorRows: 3 }]);
    expect(report.tables[0].dugaan).toEqual(
      expect.arrayContaining([expect.stringContaining("kolom D dianggap Pembilang/Penyebut"), expect.stringContaining("kolom E dianggap Rumus")])
    );
    expect(warnings(rows)).toEqual([
      ["kolom-hilang", "A1"],
      ["persen-tanpa-penyebut", "D5"],
      ["pembilang-sama-penyebut", "E7"],
    ]);
  });

  it("population growth is better when lower: target / realisasi x 100 is right", () => {
    const rows = [
      ["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian"],
      ["1.", "Laju Pertumbuhan Penduduk", "1,65%", "1,81%", "91,16%"],
    ];
    expect(warnings(rows)).toEqual([]);
  });
});

describe("shapes of batch B11 (written here from their descriptions)", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);

  it("boxes with the name under 'INDIKATOR 1.1' on the left and labels above their values on the right are records", () => {
    const box = (code: string, name: string, sumber: string | null): GridValue[][] => [
      [`INDIKATOR ${code}`, "KONSEP DAN DEFINISI"],
      [name, "Kemampuan kantor menghasilkan data yang dipakai untuk perencanaan daerah."],
      [null, "Penanggungjawab : Fungsi Statistik Sosial"],
      [null, "DASAR HITUNG"],
      [null, "Cara penghitungan : Jumlah OPD yang memakai data dibagi jumlah OPD x 100%"],
      [null, "MANFAAT"],
      [null, "Mengukur kepercayaan pengguna data."],
      ...(sumber === null ? [] : [[null, sumber] as GridValue[]]),
      [],
    ];
    const rows = [
      ...box("1.1", "Persentase OPD yang memakai data statistik", "SUMBER DAN CARA PENGUMPULAN DATA / Survei Kebutuhan Data"),
      ...box("1.2", "Persentase publikasi yang tepat waktu", null),
    ];
    const report = findings(rows, ["A2:A7", "A11:A16"]);
    expect(report.tables).toMatchObject([
      { header: "A1:B1", bentuk: "rekaman", indicatorRows: 1 },
      { header: "A10:B10", bentuk: "rekaman", indicatorRows: 1 },
    ]);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([
      ["kolom-hilang", "A10"],
    ]);
    expect(report.findings.filter((f) => f.rule === "indikator-tidak-dikenal").map((f) => f.message)).toEqual([
      'A2: indikator "Persentase OPD yang memakai data statistik" tidak ditemukan di katalog.',
      'A11: indikator "Persentase publikasi yang tepat waktu" tidak ditemukan di katalog.',
    ]);
  });

  it("a description under 'Penjelasan/Formulasi' is not set against the catalogue's formula; 'I HLS' abbreviates 'Indeks Harapan Lama Sekolah'", () => {
    const report = findings([
      ["No", "Sasaran", "Indikator Kinerja Utama", "Penjelasan/Formulasi", "Sumber Data", "Penanggung Jawab"],
      ["1", "Meningkatnya kualitas pendidikan", "Indeks Pendidikan", "(I HLS + I RLS) / 2", "BPS", "Bappeda"],
      ["2", "Meningkatnya derajat kesehatan", "Indeks kesehatan", "Angka yang menunjukkan capaian dalam dimensi kesehatan", "BPS", "Dinas Kesehatan"],
    ]);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("shapes of batch B12 (written here from their descriptions)", () => {
  const findings = (rows: GridValue[][], merges: string[] = []) => validateGrid(grid(rows, merges), katalog);

  it("an 'Intervensi' column beside Indikator | Target is a road map, not a cascading matrix; 'Pemangku Kepentingan' answers for it", () => {
    const report = findings([
      ["No.", "Intervensi", "Indikator Peta Jalan", "Target", "Satuan", "Pemangku Kepentingan", "Jenis Dokumen"],
      [1, "1.1 Alokasi kebun sesuai tata ruang", "Luas tutupan hutan", "5267", "ha", "KPH", "Peta tutupan lahan"],
      [2, "1.1 Alokasi kebun sesuai tata ruang", "Persentase kebun yang sesuai alokasi lahan", "100", "%", null, "Peta kelas lahan"],
      [3, "1.2 Pelatihan petani", "Jumlah petani terlatih", "500", "orang", "Dinas Pertanian", "Laporan pelatihan"],
    ]);
    expect(report.tables).toMatchObject([{ header: "A1:G1", indicatorRows: 3 }]);
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([["pj-kosong", "F3"]]);
  });

  it("a heading merged across the table fills no group: the first indicator's empty Penanggung Jawab is found", () => {
    const report = findings(
      [
        ["Kode", "Tujuan/Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Perangkat Daerah Penanggung Jawab"],
        ["MISI 1 : Memenuhi kebutuhan dasar masyarakat", null, null, null, null, null],
        [null, "TUJUAN 1 : Pelayanan kesehatan berkualitas", "Indeks Pembangunan Manusia", "70,38", "70,5", null],
        [null, "SASARAN 1 : Fasilitas kesehatan yang mudah dijangkau", "Cakupan pelayanan kesehatan rujukan", "100%", "98%", "DINAS KESEHATAN"],
      ],
      ["A2:F2"]
    );
    expect(report.findings.filter((f) => f.rule === "pj-kosong").map((f) => f.cell)).toEqual(["F3"]);
  });
});
