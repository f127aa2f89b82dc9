/**
 * The sample workbook of the demo: a kecamatan's IKI sheets written the way the seed documents
 * are (letterhead, identity block, merged Sasaran, signature block), built from catalogue rows
 * with the defects the seeds show: an empty Penanggung Jawab, numerator and denominator
 * swapped, a duplicated number, a percentage without a denominator, a misspelt indicator.
 * Names and NIP are placeholders.
 */
import { Katalog } from "../core/catalogue/katalog";
import { rumusTabel } from "../core/catalogue/rumusEntri";
import { STANDARD_COLUMNS } from "../core/template/templateModel";
import { FakeValue, FakeWorkbookState } from "./fakeExcel";

export function buildSampleWorkbook(katalog: Katalog): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const rows = [
    "iki-kec-fasilitasi-koordinasi-trantibum",
    "iki-kec-fasilitasi-urusan-pemerintahan-umum",
    "iki-kec-desa-rkpdes-tepat-waktu",
    "iki-kec-desa-apbdes-tepat-waktu",
    "iki-kec-desa-lppdes-tepat-waktu",
  ]
    .map((id) => katalog.entri(id))
    .filter((e): e is NonNullable<typeof e> => !!e);
  const sheet = state.addSheet("IKI Kasi Pemerintahan");
  const values: FakeValue[][] = [
    ["PEMERINTAH KABUPATEN LUMAJANG"],
    ["KECAMATAN CONTOH"],
    ["INDIKATOR KINERJA INDIVIDU TAHUN 2025"],
    [],
    ["Jabatan", "", "Kepala Seksi Pemerintahan"],
    [],
    STANDARD_COLUMNS,
  ];
  let no = 0;
  rows.forEach((e, i) => {
    const continues = i > 0 && i !== 4 && e.sasaran === rows[i - 1].sasaran;
    if (!continues) no++;
    let rumus = rumusTabel(e);
    let indikator = e.indikator;
    let pj = e.penanggungJawab;
    let number = continues ? "" : String(no);
    const fraction = /^\((.*) \/ (.*)\) x 100 ?%$/.exec(rumus);
    if (i === 0 && fraction) rumus = `${fraction[2]} dibagi ${fraction[1]} dikali 100`; // swapped
    if (i === 1) {
      pj = ""; // the empty Penanggung Jawab of the staff tables
      if (fraction) rumus = fraction[1]; // and a percentage without a denominator
    }
    if (i === 3) indikator = indikator.replace(/Tepat Waktu/i, "Tepat Watu"); // a typo
    if (i === 4) {
      number = String(no - 1); // the duplicated number
      no--;
    }
    values.push([number, continues ? "" : e.sasaran, indikator, rumus, e.sumberData, pj]);
  });
  values.push(
    [],
    ["", "Mengetahui,", "", "", "Lumajang, 2 Januari 2025"],
    ["", "CAMAT CONTOH", "", "", "KEPALA SEKSI PEMERINTAHAN"],
    [],
    [],
    ["", "[NAMA LENGKAP]", "", "", "[NAMA LENGKAP]"],
    ["", "NIP. [NIP]", "", "", "NIP. [NIP]"]
  );
  sheet.setValues(values);
  // Continuation rows share the group's merged No and Sasaran, as in the seed tables.
  let start = 7;
  for (let r = 8; r <= 7 + rows.length; r++) {
    if (r === 7 + rows.length || values[r][0] !== "") {
      if (r - 1 > start) {
        sheet.merges.push(
          { top: start, left: 0, bottom: r - 1, right: 0 },
          { top: start, left: 1, bottom: r - 1, right: 1 }
        );
      }
      start = r;
    }
  }
  addSekcamSheet(state, katalog);
  state.addSheet("Lembar2");
  return state;
}

/**
 * The Sekretaris Kecamatan's sheet, clean: with the Kasi's sheet it makes the workbook a
 * kecamatan's, so "Seluruh buku kerja" shows the cascading (the IKM, IKU 1.1, has no IKI).
 */
function addSekcamSheet(state: FakeWorkbookState, katalog: Katalog): void {
  const entries = [
    "iki-kec-hasil-fasilitasi-koordinasi-ditindaklanjuti",
    "iki-kec-pemeliharaan-bmd",
    "iki-kec-desa-rkpdes-tepat-waktu",
  ]
    .map((id) => katalog.entri(id))
    .filter((e): e is NonNullable<typeof e> => !!e);
  const values: FakeValue[][] = [
    ["PEMERINTAH KABUPATEN LUMAJANG"],
    ["KECAMATAN CONTOH"],
    ["INDIKATOR KINERJA INDIVIDU TAHUN 2025"],
    [],
    ["Jabatan", "", "Sekretaris Kecamatan"],
    [],
    STANDARD_COLUMNS,
    ...entries.map((e, i) => [
      String(i + 1),
      e.sasaran,
      e.indikator,
      rumusTabel(e),
      e.sumberData,
      e.penanggungJawab,
    ]),
  ];
  state.addSheet("IKI Sekretaris Kecamatan").setValues(values);
}
