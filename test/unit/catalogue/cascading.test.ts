/*
 * The cascading links of the built-in catalogue (issue 15, section 1): each `induk` with the text
 * that says so, the kecamatan's chain of positions, and the names documents give positions.
 */
import {
  ancestorsOf,
  atasanOf,
  brokenChains,
  depthOf,
  ikuOf,
  positionsNamed,
  positionsTopDown,
  supportersOf,
} from "../../../src/core/catalogue/cascading";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { normaliseText } from "../../../src/core/catalogue/normalise";
import { katalogToSheets, sheetsToKatalog } from "../../../src/core/catalogue/sheetLayout";
import { seedLines, SeedPrefix } from "../../support/seeds";

const katalog = defaultKatalog();
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("induk links", () => {
  const linked = katalog.entries.filter((e) => e.induk);

  it("every link names an existing entry of a higher level and says which text makes it", () => {
    expect(linked.length).toBeGreaterThanOrEqual(7);
    const rank = { iki: 0, "iku-perangkat-daerah": 1, "iku-kabupaten": 2 } as const;
    for (const e of linked) {
      const parent = katalog.entri(e.induk!);
      expect(parent).toBeDefined();
      expect(rank[parent!.level]).toBeGreaterThan(rank[e.level]);
      expect(e.indukDasar?.teksAsli).toBeTruthy();
    }
  });

  it("the text of each link is on the seed line its provenance names", () => {
    for (const e of linked) {
      const d = e.indukDasar!;
      const prefix = d.berkas.slice(0, 3) as SeedPrefix;
      const lines = seedLines(prefix);
      // The quoted line and the one after it (seedLines is 1-based).
      const near = normaliseText(lines.slice(d.baris!, d.baris! + 2).join(" "));
      const words = normaliseText(d.teksAsli!).split(" ").filter((w) => w.length >= 6);
      for (const w of words) expect({ entri: e.id, word: w, found: near.includes(w) }).toMatchObject({ found: true });
    }
  });

  it("the kecamatan IKI carry the IKU their formula or wording names", () => {
    expect(ids(supportersOf(katalog, "iku-pd-kecamatan-1.3"))).toEqual([
      "iki-kec-desa-rkpdes-tepat-waktu",
      "iki-kec-desa-apbdes-tepat-waktu",
      "iki-kec-desa-lppdes-tepat-waktu",
    ]);
    expect(ids(supportersOf(katalog, "iku-pd-kecamatan-1.2"))).toEqual([
      "iki-kec-hasil-fasilitasi-koordinasi-ditindaklanjuti",
    ]);
    // The decree's cascading gap (domain research 004-57): no IKI measures the IKM.
    expect(supportersOf(katalog, "iku-pd-kecamatan-1.1")).toEqual([]);
  });

  it("the kecamatan IKU serve the kabupaten's IKM (its Tujuan and Indikator Tujuan)", () => {
    for (const iku of ikuOf(katalog, "kecamatan")) expect(iku.induk).toBe("iku-kab-25");
    expect(ids(ancestorsOf(katalog, katalog.entri("iki-kec-desa-lppdes-tepat-waktu")!))).toEqual([
      "iku-pd-kecamatan-1.3",
      "iku-kab-25",
    ]);
  });

  it("lists the kecamatan IKI with no clear parent (no text links them to an IKU)", () => {
    const orphans = katalog.entries.filter((e) => e.unit === "kecamatan" && e.level === "iki" && !e.induk);
    // Written down from the decree: its three kecamatan IKU are the IKM, the follow-up of
    // coordination, and the villages' documents on time; these IKI measure other things.
    expect(orphans).toHaveLength(
      katalog.entries.filter((e) => e.unit === "kecamatan" && e.level === "iki").length - 4
    );
    expect(ids(orphans)).toEqual(
      expect.arrayContaining([
        "iki-kec-pelayanan-paten-sesuai-sp-sop",
        "iki-kec-fasilitasi-rekomendasi-koordinasi-binwas-desa",
        "iki-kec-koordinasi-kegiatan-pemerintahan",
        "iki-kec-fasilitasi-administrasi-keuangan",
      ])
    );
  });
});

describe("the kecamatan's positions", () => {
  it("form one chain from the Camat down, each with its level", () => {
    expect(katalog.unit("kecamatan")!.pimpinan).toBe("Camat");
    expect(brokenChains(katalog, "kecamatan")).toEqual([]);
    for (const j of katalog.jabatanOf("kecamatan")) expect(j.jenjang).toBeDefined();
    expect(ids(positionsTopDown(katalog, "kecamatan")).slice(0, 4)).toEqual([
      "sekretaris-kecamatan",
      "kasi-pemerintahan",
      "kasi-pemberdayaan-masyarakat",
      "kasi-pelayanan-umum",
    ]);
    const staf = katalog.jabatan("pengadministrasi-umum-umum-kepegawaian")!;
    expect(atasanOf(katalog, staf)?.id).toBe("kasubag-umum-kepegawaian");
    expect(depthOf(katalog, staf)).toBe(3);
    expect(atasanOf(katalog, katalog.jabatan("kasi-pemerintahan")!)).toBeUndefined(); // the Camat
  });

  it("levels follow the eselon the seeds print beside the names", () => {
    for (const j of katalog.jabatanOf("kecamatan")) {
      for (const alias of j.aliases ?? []) {
        if (/eselon\s*iii/i.test(alias)) expect(j.jenjang).toBe("administrator");
        else if (/eselon\.?\s*iv/i.test(alias)) expect(j.jenjang).toBe("pengawas");
      }
    }
  });

  it.each([
    ["KASI PEMERINTAHAN", ["kasi-pemerintahan"]],
    ["Sekretaris Camat (Eselon III)", ["sekretaris-kecamatan"]],
    ["KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN (Eselon. IV.b)", ["kasubag-umum-kepegawaian"]],
    ["SEKSI PEMERINTAHAN", ["kasi-pemerintahan"]],
    [
      "PENGADMINISTRASI UMUM",
      [
        "pengadministrasi-umum-pemerintahan",
        "pengadministrasi-umum-pemberdayaan-masyarakat",
        "pengadministrasi-umum-umum-kepegawaian",
      ],
    ],
    ["Camat", []],
    ["Kepala Dinas Kesehatan", []],
  ])("%s names %j", (text, expected) => {
    expect(ids(positionsNamed(katalog, text)).sort()).toEqual([...expected].sort());
  });
});

describe("the links in the catalogue's worksheets", () => {
  it("an edited induk is read back with its basis", () => {
    const sheets = katalogToSheets(katalog.data);
    const kec = sheets.find((s) => s.name === "kecamatan")!;
    const id = kec.header.indexOf("id");
    const induk = kec.header.indexOf("induk");
    const dasar = kec.header.indexOf("dasar induk (JSON)");
    const row = kec.rows.find((r) => r[id] === "iki-kec-pelayanan-paten-sesuai-sp-sop")!;
    row[induk] = "iku-pd-kecamatan-1.1";
    row[dasar] = JSON.stringify({ berkas: "Keputusan Bupati 2025.pdf", lokasi: "Lampiran II", teksAsli: "IKM diukur di loket PATEN" });
    const back = sheetsToKatalog(sheets, "uji");
    const e = back.entri.find((x) => x.id === "iki-kec-pelayanan-paten-sesuai-sp-sop")!;
    expect(e.induk).toBe("iku-pd-kecamatan-1.1");
    expect(e.indukDasar).toEqual({ berkas: "Keputusan Bupati 2025.pdf", lokasi: "Lampiran II", teksAsli: "IKM diukur di loket PATEN" });
  });

  it("a workbook exported before the cascading columns is still read", () => {
    const old = new Set(["dasar induk (JSON)", "pimpinan", "jenjang"]);
    const sheets = katalogToSheets(katalog.data).map((s) => {
      const keep = s.header.map((h) => !old.has(h));
      return { ...s, header: s.header.filter((_, i) => keep[i]), rows: s.rows.map((r) => r.filter((_, i) => keep[i])) };
    });
    const back = sheetsToKatalog(sheets, "uji");
    expect(back.entri.find((e) => e.id === "iki-kec-desa-rkpdes-tepat-waktu")!.induk).toBe("iku-pd-kecamatan-1.3");
    expect(back.jabatan.every((j) => j.jenjang === undefined)).toBe(true);
  });

  it("an induk that names no entry is refused with the entry's id", () => {
    const sheets = katalogToSheets(katalog.data);
    const kec = sheets.find((s) => s.name === "kecamatan")!;
    kec.rows[0][kec.header.indexOf("induk")] = "iku-tidak-ada";
    expect(() => sheetsToKatalog(sheets, "uji")).toThrow(/induk "iku-tidak-ada" tidak ada/);
  });
});
