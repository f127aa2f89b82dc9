/*
 * Where a table's position is read (issue 15, section 2): the identity line, the title, the
 * sheet's name, as the seeds and the templates write them.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { GridReader, GridValue } from "../../../src/core/grid";
import { positionTexts, resolvePosition } from "../../../src/core/validate/tablePosition";
import { ASSESSED, ASSESSOR, IKI_TITLE, MAY_TELL, POSITION_LABEL } from "../../../src/core/validate/positionVocabulary";
import fc from "fast-check";
import { validateGrid } from "../../../src/core/validate";

const katalog = defaultKatalog();
const HEADER = ["No", "Sasaran", "Indikator Kinerja", "Rumus", "Sumber Data", "Penanggung Jawab"];

function read(above: GridValue[][], sheet = "Lembar1", entries: string[] = []): string | undefined {
  const values = [...above, HEADER];
  const reader = new GridReader({ sheet, origin: { row: 0, col: 0 }, values, merges: [] });
  const texts = positionTexts(reader, 0, above.length, sheet, HEADER.length - 1);
  const carried = entries.map((id) => katalog.entri(id)!);
  return (resolvePosition(katalog, texts.near, carried) ?? resolvePosition(katalog, texts.sheet, carried))?.id;
}

describe("the position a table belongs to", () => {
  it.each<[string, GridValue[][], string | undefined]>([
    ["Jabatan : name (Eselon)", [["Jabatan : Sekretaris Kecamatan (Eselon III)"]], "sekretaris-kecamatan"],
    ["- Jabatan : capitals", [["- Jabatan : KEPALA SEKSI PEMERINTAHAN (Eselon IV)"]], "kasi-pemerintahan"],
    ["1. JABATAN : numbered", [["1. JABATAN : KEPALA SUB BAGIAN KEUANGAN (Eselon IV.b)"]], "kasubag-keuangan"],
    ["label and name in two cells (the templates)", [["Jabatan", null, "Kepala Seksi Pelayanan Umum"]], "kasi-pelayanan-umum"],
    ["label, colon cell, name", [["Jabatan", ":", "Kasi PMD"]], "kasi-pemberdayaan-masyarakat"],
    ["title then the position below", [["INDIKATOR KINERJA INDIVIDU TAHUN 2024"], ["SEKRETARIS CAMAT"]], "sekretaris-kecamatan"],
    ["title with the position in one cell", [["INDIKATOR KINERJA INDIVIDU\nKASI PEMERINTAHAN"]], "kasi-pemerintahan"],
    ["title, then the kecamatan, then the position", [["INDIKATOR KINERJA INDIVIDU (IKI)"], ["KECAMATAN RANUYOSO"], ["SEKSI PELAYANAN UMUM"]], "kasi-pelayanan-umum"],
    ["the identity line wins over the title", [["INDIKATOR KINERJA INDIVIDU"], ["KASI PEMERINTAHAN"], ["Jabatan : Sekretaris Kecamatan"]], "sekretaris-kecamatan"],
    ["nothing names one", [["PEMERINTAH KABUPATEN LUMAJANG"], ["KECAMATAN CONTOH"]], undefined],
    ["a position of no catalogue unit", [["Jabatan : Kepala Dinas Kesehatan"]], undefined],
    [
      "an SKP form: the one assessed, not the assessor",
      [["PEGAWAI YANG DINILAI"], ["Jabatan", null, "Kepala Seksi Pemerintahan"], ["PEJABAT PENILAI"], ["Jabatan", null, "Sekretaris Kecamatan"]],
      "kasi-pemerintahan",
    ],
    [
      "a block beside the table is another's",
      [["Jabatan", null, "Kepala Seksi Pemerintahan", null, null, null, null, "Jabatan", null, "Pengadministrasi Umum Seksi Pemerintahan"]],
      "kasi-pemerintahan",
    ],
  ])("%s", (_name, above, expected) => {
    expect(read(above)).toBe(expected);
  });

  it("falls back to the sheet's name, also without IKI and the year", () => {
    expect(read([["PEMERINTAH KABUPATEN LUMAJANG"]], "Kasi Pemerintahan")).toBe("kasi-pemerintahan");
    expect(read([["PEMERINTAH KABUPATEN LUMAJANG"]], "IKI Sekcam 2025")).toBe("sekretaris-kecamatan");
    expect(read([["PEMERINTAH KABUPATEN LUMAJANG"]], "IKI Candipuro")).toBeUndefined();
    // Excel's copy of a sheet, other ways of writing the year.
    expect(read([], "IKI Kasi Pemerintahan 2025 (2)")).toBe("kasi-pemerintahan");
    // The templates' shortened names (src/core/template/sheetNames.ts), with a second copy's number.
    expect(read([], "IKI Kasi Pem (2) 2025")).toBe("kasi-pemerintahan");
    expect(read([], "IKI Kasubag Umum dan Kepeg 2025")).toBe("kasubag-umum-kepegawaian");
    expect(read([], "IKI Kasi Pemerintahan TA 2025")).toBe("kasi-pemerintahan");
    expect(read([], "Kasi Pemerintahan_2025")).toBe("kasi-pemerintahan");
    // A name several positions share above the table; the sheet's name settles it.
    expect(read([["Jabatan", null, "Pengadministrasi Umum"]], "IKI Pengadministrasi Umum Seksi Pemerintahan 2025")).toBe("pengadministrasi-umum-pemerintahan");
  });

  it("settles a name several positions share by what the table carries, else leaves it", () => {
    const title = [["INDIKATOR KINERJA INDIVIDU"], ["PENGADMINISTRASI UMUM"]];
    expect(read(title, "Lembar1", ["iki-kec-jumlah-laporan-kunjungan-tamu"])).toBe("pengadministrasi-umum-umum-kepegawaian");
    expect(read(title, "Lembar1", ["iki-kec-jumlah-dokumen-forkopimcam"])).toBe("pengadministrasi-umum-pemerintahan");
    // Shared by two of them: no winner.
    expect(read(title, "Lembar1", ["iki-kec-jumlah-dokumen-sinkronisasi-pemberdayaan"])).toBeUndefined();
    expect(read(title)).toBeUndefined();
  });
});

describe("several tables under one identity block", () => {
  it("each table takes the position of the block above the first", () => {
    const rkp = ["1", "Pembinaan desa", "Persentase Desa yang menetapkan RKPDes Tepat Waktu", "Jumlah desa", "Perdes", "Kasi"];
    const values: GridValue[][] = [["Jabatan", null, "Kepala Seksi Pemerintahan"], [], HEADER, rkp, [], [], [], HEADER, rkp];
    const report = validateGrid({ sheet: "Lembar1", origin: { row: 0, col: 0 }, values, merges: [] }, katalog);
    expect(report.tables.map((t) => t.jabatan)).toEqual(["kasi-pemerintahan", "kasi-pemerintahan"]);
  });
});

describe("the level a table says it holds (an indicator that is both a unit's IKU and an IKI)", () => {
  const iku = katalog.entri("iku-pd-kecamatan-1.2")!;
  const iki = katalog.entri("iki-kec-hasil-fasilitasi-koordinasi-ditindaklanjuti")!;
  /** The Sumber Data the quick fix offers for the shared indicator, PJ and Sumber Data empty. */
  function offered(above: GridValue[][], sheet: string): string | undefined {
    const values: GridValue[][] = [...above, HEADER, ["1", iki.sasaran, iki.indikator, iki.rumus, "", ""]];
    const report = validateGrid({ sheet, origin: { row: 0, col: 0 }, values, merges: [] }, katalog);
    return report.findings.find((f) => f.rule === "sumber-kosong")?.fix?.value;
  }

  it("is the premise: one text, one formula, two entries with different sources", () => {
    expect(iku.indikator.toLowerCase()).toBe(iki.indikator.toLowerCase());
    expect(iku.sumberData).not.toBe(iki.sumberData);
  });

  it.each<[string, GridValue[][], string, "iki" | "iku"]>([
    ["an IKI title above the table", [["INDIKATOR KINERJA INDIVIDU (IKI)"]], "Lembar1", "iki"],
    ["an IKU title above the table", [["INDIKATOR KINERJA UTAMA (IKU) KECAMATAN"]], "Lembar1", "iku"],
    ["the sheet's name, no title", [], "IKI Banyak", "iki"],
    ["the sheet's name says IKU", [], "IKU 2026", "iku"],
    ["the title wins over the sheet's name", [["INDIKATOR KINERJA UTAMA"]], "IKI lama", "iku"],
  ])("%s", (_name, above, sheet, level) => {
    expect(offered(above, sheet)).toBe(level === "iki" ? iki.sumberData : iku.sumberData);
  });
});

describe("the words that let a cell be passed over", () => {
  it("every text the position patterns read holds a word of MAY_TELL", () => {
    const words = ["pejabat", "Penilai", "ATASAN", "yang", "dinilai", "Pegawai", "nama", "JABATAN", "indikator", "kinerja", "Individu", "kepala", "seksi"];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(" ", "  ", "\n", ":", " : ", "1.", "- ", "(IKI)")), { maxLength: 8 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const read = [ASSESSOR, ASSESSED, POSITION_LABEL, IKI_TITLE].some((p) => p.test(t));
        if (read) expect(MAY_TELL.test(t)).toBe(true);
      }),
      { numRuns: 5000 }
    );
  });
});
