import { katalog, rumus } from "../../../src/functions/functions";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { readKolom, rumusOf } from "../../../src/core/measures/katalogLookup";
import { messageOf, shown } from "./shown";

const k = defaultKatalog();
const rkpdes = k.entri("iki-kec-desa-rkpdes-tepat-waktu")!;
const rataRataEntri = k.entri("iki-kec-rata-rata-fasilitasi-pemberdayaan-masyarakat")!;
const koreksi = k.entries.find((e) => e.rumusKoreksi && !e.rumusKoreksi.includes("..."))!;

describe("IKI.RUMUS", () => {
  it.each([
    ["exact wording", rkpdes.indikator, rkpdes.rumus],
    ["misspelt", "Presentase desa yg menetapkan RKPDesa tepat wktu", rkpdes.rumus],
    ["upper case", rkpdes.indikator.toUpperCase(), rkpdes.rumus],
    ["entry id", rkpdes.id, rkpdes.rumus],
    ["with a correction", koreksi.indikator, koreksi.rumusKoreksi],
    // the correction is a template with "...": the decreed formula is given
    ["template correction", rataRataEntri.indikator, rataRataEntri.rumus],
    ["blank", null, ""],
    ["unknown", "Jumlah kucing di kantor kecamatan", "#N/A"],
    ["a number", 42, "#VALUE!"],
    ["an error value", { code: "#N/A" }, "#N/A"],
  ])("%s", (_name, indikator, expected) => {
    expect(shown(rumus([[indikator]])[0][0])).toBe(expected);
  });

  it("says in Indonesian when nothing matches", () => {
    expect(messageOf(rumus([["Jumlah kucing di kantor kecamatan"]]))).toBe(
      'Indikator "Jumlah kucing di kantor kecamatan" tidak ditemukan di katalog.'
    );
  });

  it("prefers a correction unless it is a template", () => {
    expect(rataRataEntri.rumusKoreksi).toContain("...");
    expect(rumusOf(rataRataEntri)).toBe(rataRataEntri.rumus);
    expect(rumusOf(koreksi)).toBe(koreksi.rumusKoreksi);
    expect(rumusOf(rkpdes)).toBe(rkpdes.rumus);
  });

  it("spills over a column of indicators", () => {
    expect(shown(rumus([[rkpdes.indikator], [null], ["zzz"]]))).toEqual([
      [rkpdes.rumus],
      [""],
      ["#N/A"],
    ]);
  });
});

describe("IKI.KATALOG", () => {
  it.each([
    [undefined, rkpdes.id],
    [null, rkpdes.id],
    ["", rkpdes.id],
    ["id", rkpdes.id],
    ["sumber", rkpdes.sumberData],
    ["sumberData", rkpdes.sumberData],
    ["Sumber Data", rkpdes.sumberData],
    ["pj", rkpdes.penanggungJawab],
    ["PJ", rkpdes.penanggungJawab],
    ["penanggungJawab", rkpdes.penanggungJawab],
    ["penanggung jawab", rkpdes.penanggungJawab],
    ["sasaran", rkpdes.sasaran],
    ["satuan", rkpdes.satuan],
    ["jenis", rkpdes.jenis],
    ["polaritas", rkpdes.polaritas],
    ["indikator", rkpdes.indikator],
    ["rumus", rkpdes.rumus],
    ["warna", "#VALUE!"],
    [3, "#VALUE!"],
  ])("kolom %p", (kolom, expected) => {
    expect(shown(katalog([[rkpdes.indikator]], kolom)[0][0])).toBe(expected);
  });

  it("lists the valid columns for an unknown one", () => {
    expect(messageOf(readKolom("warna"))).toBe(
      'kolom "warna" tidak dikenal; pilih "sumber", "pj", "sasaran", "satuan", "jenis", "polaritas", "id", "indikator", "rumus".'
    );
  });

  it("answers #N/A for an unknown indicator and blank for a blank one", () => {
    expect(shown(katalog([["Jumlah kucing"], [null]], "pj"))).toEqual([["#N/A"], [""]]);
  });
});
