/*
 * The readiness summary for the SAKIP evaluation (issue #29): per table, the findings of each
 * criterion's rules; no score. In the text and JSON reports of `iki-cek periksa`.
 */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { kesiapanLke, LKE_KRITERIA } from "../../../src/core/validate/kesiapanLke";
import { RULES_BY_ID, textReport, validateGrid } from "../../../src/core/validate";
import { EXAMPLE_HEADER } from "../../../src/core/validate/rules/examples";

const katalog = defaultKatalog();

describe("kesiapan evaluasi AKIP", () => {
  it("names only rules of the registry", () => {
    for (const k of LKE_KRITERIA) for (const r of k.aturan) expect(RULES_BY_ID[r]).toBeDefined();
  });

  it("counts each criterion's findings per table, in that table only", () => {
    const values = [
      ["INDIKATOR KINERJA UTAMA (IKU) DINAS CONTOH"],
      [],
      [...EXAMPLE_HEADER],
      ["1", "Penyusunan dokumen perencanaan", "Tersusunnya dokumen Renstra", "Jumlah dokumen", "", "Kepala Dinas"],
      ["2", "Meningkatnya kepuasan masyarakat", "Indeks kepuasan masyarakat", "Nilai rata-rata tertimbang", "Hasil survei", "Kepala Dinas"],
      [],
      [],
      ["INDIKATOR KINERJA UTAMA (IKU) DINAS LAIN"],
      [],
      [...EXAMPLE_HEADER],
      ["1", "Meningkatnya kepuasan masyarakat", "Indeks kepuasan masyarakat", "Nilai rata-rata tertimbang", "Hasil survei", "Kepala Dinas"],
    ];
    const report = validateGrid({ sheet: "IKU", origin: { row: 0, col: 0 }, values, merges: [] }, katalog);
    expect(report.tables).toHaveLength(2);
    const [first, second] = kesiapanLke(report);
    const count = (t: typeof first, id: string) => t.butir.find((b) => b.id === id)!.temuan;
    expect(count(first, "sasaran-hasil")).toBe(1);
    expect(count(first, "indikator-hasil")).toBe(1);
    expect(count(first, "data-kinerja")).toBe(1); // Sumber Data kosong
    expect(first.butir.find((b) => b.id === "sasaran-hasil")!.contoh).toMatch(/Penyusunan dokumen perencanaan/);
    expect(second.butir.every((b) => b.temuan === 0)).toBe(true);
    const text = textReport([{ file: "iku.xlsx", ...report }]);
    expect(text).toMatch(/Kesiapan evaluasi AKIP \(LKE\), jumlah temuan per kriteria, bukan skor/);
    expect(text).toMatch(/IKU A3:F3: sasaran 1 · indikator 1 · target 0 · keselarasan 0 · data kinerja 1\./);
    // Per unit: neither title names a unit of the catalogue.
    expect(text).toMatch(/Unit tidak dikenali \(2 tabel\): sasaran 1 · indikator 1 · target 0 · keselarasan 0 · data kinerja 1\./);
  });
});
