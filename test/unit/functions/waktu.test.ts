import { batasWaktu, statusWaktu, tepatWaktu } from "../../../src/functions/functions";
import { Katalog } from "../../../src/core/catalogue/katalog";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { KatalogData } from "../../../src/core/catalogue/types";
import { excelSerial } from "../../../src/core/measures/dates";
import {
  batasWaktu as batasWaktuCore,
  deadlineRules,
  readDokumen,
  tepatWaktu as tepatWaktuCore,
} from "../../../src/core/measures/waktu";
import { expectShown, messageOf, shown } from "./shown";

const SEP30 = excelSerial(2024, 9, 30);
const col = (...values: unknown[]) => values.map((v) => [v]);

describe("IKI.BATASWAKTU", () => {
  it.each([
    ["RKPDES", 2024, excelSerial(2024, 9, 30)],
    ["APBDES", 2024, excelSerial(2024, 12, 31)],
    ["LPPDES", 2024, excelSerial(2024, 3, 31)],
    ["rkpdes", 2025, excelSerial(2025, 9, 30)],
    ["RKPDesa", 2024, SEP30],
    ["RKP Desa", 2024, SEP30],
    ["APBDesa", "2024", excelSerial(2024, 12, 31)],
    ["apb-des", 2024, excelSerial(2024, 12, 31)],
    ["LPPDesa", 2023, excelSerial(2023, 3, 31)],
    [" lpp desa ", 2024, excelSerial(2024, 3, 31)],
    ["RKPDES", null, ""],
    [null, 2024, ""],
    ["", 2024, ""],
    ["LPPD", 2024, "#VALUE!"],
    ["RPJMDes", 2024, "#VALUE!"],
    [2024, 2024, "#VALUE!"],
    [true, 2024, "#VALUE!"],
    ["RKPDES", 2024.5, "#VALUE!"],
    ["RKPDES", 1899, "#VALUE!"],
    ["RKPDES", 10000, "#VALUE!"],
    ["RKPDES", "dua ribu", "#VALUE!"],
    ["RKPDES", 45565, "#VALUE!"],
  ])("BATASWAKTU(%p, %p) = %p", (dokumen, tahun, expected) => {
    expectShown(batasWaktu(dokumen, tahun), expected);
  });

  it("takes month and day from the catalogue, and answers #N/A when the catalogue has none", () => {
    const data = structuredClone(defaultKatalog().data) as KatalogData;
    for (const e of data.entri) {
      if (e.batasWaktu?.dokumen === "RKPDES")
        e.batasWaktu = { ...e.batasWaktu, bulan: 8, tanggal: 15 };
      if (e.batasWaktu?.dokumen === "LPPDES") delete e.batasWaktu;
    }
    const local = new Katalog(data);
    expect(batasWaktuCore("RKPDES", 2024, local)).toBe(excelSerial(2024, 8, 15));
    const missing = batasWaktuCore("LPPDES", 2024, local);
    expect(shown(missing)).toBe("#N/A");
    expect(messageOf(missing)).toBe("Katalog tidak memuat batas waktu LPPDES.");
    expect(deadlineRules(local).size).toBe(2);
  });

  it("reads document codes however they are written", () => {
    expect(["RKPDES", "RKPDesa", "rkp desa", "RKP-Des", "RKP.Desa"].map(readDokumen)).toEqual(
      Array(5).fill("RKPDES")
    );
    expect(["RKP", "RKPD", "LPPD", "APBD", "Desa"].map(readDokumen)).toEqual(
      Array(5).fill(undefined)
    );
  });
});

describe("IKI.STATUSWAKTU", () => {
  it("gives a status per cell and spills", () => {
    const result = statusWaktu(
      col("30/09/2024", "1 Oktober 2024", null, "2024-09-01", SEP30 + 0.9, SEP30 + 1),
      [["RKPDES"]],
      2024
    );
    expect(shown(result)).toEqual(
      col("Tepat waktu", "Terlambat", "Belum ada", "Tepat waktu", "Tepat waktu", "Terlambat")
    );
  });

  it.each([
    [45565, "30 September 2024", null, "Tepat waktu"],
    [45566, "30/09/2024", null, "Terlambat"],
    [null, 45565, null, "Belum ada"],
    ["", "APBDES", 2024, "Belum ada"],
    ["31 Des 2024", "APBDesa", 2024, "Tepat waktu"],
    ["1 Jan 2025", "APBDesa", 2024, "Terlambat"],
    ["31/03/2024", "LPPDES", 2024, "Tepat waktu"],
    ["1/4/2024", "LPPDES", "2024", "Terlambat"],
    [45565, null, null, ""],
    [45565, "RKPDES", null, "#VALUE!"],
    ["besok", 45565, null, "#VALUE!"],
    [45565, "tiga puluh", null, "#VALUE!"],
  ])("STATUSWAKTU(%p, %p, %p) = %p", (tanggal, batas, tahun, expected) => {
    expect(shown(statusWaktu([[tanggal]], [[batas]], tahun))).toEqual([[expected]]);
  });

  it("accepts one deadline per row", () => {
    const result = statusWaktu(col(45565, 45565, null), col(45564, 45565, 45565), null);
    expect(shown(result)).toEqual(col("Terlambat", "Tepat waktu", "Belum ada"));
  });

  it("answers a bad single deadline once, not once per cell", () => {
    const result = statusWaktu(col(1, 2, 3), [["RKPDES"]], null);
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(messageOf(result)).toContain("memerlukan tahun");
  });
});

describe("IKI.TEPATWAKTU", () => {
  it.each([
    // tanggal, batas, tahun, expected
    [col("30/09/2024", "1/10/2024", null, "15 Agustus 2024"), "RKPDES", 2024, 50],
    [col("30/09/2024", "1/10/2024", null, "15 Agustus 2024"), "RKP Desa", "2024", 50],
    [col("30/09/2024", "29/09/2024"), "30 September 2024", null, 100],
    [col("30/09/2024", "29/09/2024"), SEP30, 1999, 100], // tahun ignored with a date
    [col(null, null, null), "RKPDES", 2024, 0],
    [col(SEP30 + 1), SEP30, null, 0],
    [[[SEP30, SEP30 + 1, null]], SEP30, null, 100 / 3],
    [col("31/12/2024", "2/1/2025", "31 Desember 2024", null), "apbdes", 2024, 50],
    [col("31/03/2025", "01/04/2025"), "LPPDesa", 2025, 50],
    [col(SEP30), null, null, ""],
    [col(SEP30), "", 2024, ""],
  ])("TEPATWAKTU(%j, %p, %p) = %p", (tanggal, batas, tahun, expected) => {
    expectShown(tepatWaktu(tanggal, [[batas]], tahun), expected);
  });

  it("uses per-row deadlines of the same shape", () => {
    expectShown(tepatWaktu(col(10, 20, 30), col(10, 10, 40), null), (2 / 3) * 100);
  });

  it("names the row of an unusable date", () => {
    const result = tepatWaktu(col(SEP30, "kemarin"), [["RKPDES"]], 2024);
    expect(shown(result)).toBe("#VALUE!");
    expect(messageOf(result)).toBe(
      'tanggal (baris 2, kolom 1): "kemarin" bukan tanggal (tulis mis. 30/09/2024, 30 September 2024 atau 2024-09-30).'
    );
  });

  it("explains a document code without a year", () => {
    const result = tepatWaktu(col(SEP30), [["RKPDES"]], null);
    expect(messageOf(result)).toBe(
      'batas RKPDES memerlukan tahun penilaian, mis. =IKI.TEPATWAKTU(B2:B20; "RKPDES"; 2024).'
    );
  });

  it("refuses mismatched shapes", () => {
    const result = tepatWaktu(col(1, 2, 3), col(1, 2), null);
    expect(shown(result)).toBe("#VALUE!");
    expect(messageOf(result)).toBe("Ukuran tanggal (3x1) dan batas (2x1) harus sama.");
  });

  it("refuses an empty range (only possible from code)", () => {
    expect(shown(tepatWaktuCore([], [[SEP30]], null, defaultKatalog()))).toBe("#VALUE!");
  });
});
