import fc from "fast-check";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { Grid, GridReader, GridValue, MergedArea } from "../../../src/core/grid";
import { detectTables, roleOf, validateGrid } from "../../../src/core/validate";

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
    ["Target", undefined], ["Jabatan", undefined],
  ])("%s -> %s", (text, role) => {
    expect(roleOf(text)).toBe(role);
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
    expect(report.tables).toEqual([{ sheet: "Uji", header: "D9:I9", rows: [10, 11], indicatorRows: 2 }]);
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
    expect(empty.find((f) => f.cell === "F4")!.fix).toEqual({ label: "Isi Penanggung Jawab dari katalog", cell: "F4", value: "Kepala Seksi Pemerintahan" });
  });

  it("reports a formula not equivalent to the catalogue's, with the reason and the catalogue formula", () => {
    const swapped = [...RKP];
    swapped[3] = "Jumlah desa / Jumlah desa yang menetapkan RKPDes tepat waktu x 100%";
    const [f] = validateGrid(grid([HEADER, swapped]), katalog).findings.filter((x) => x.rule === "rumus-tidak-sesuai");
    expect(f.message).toContain("pembilang dan penyebut tertukar");
    expect(f.message).toContain("Rumus katalog: (Jumlah desa yang menetapkan RKPDes tepat waktu / Jumlah desa) x 100%");
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
  const value = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(...HEADER, ...RKP, ...APB, "Mengetahui", "NIP. 1", "", "1", "15", "x 100%", "dibagi")
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
