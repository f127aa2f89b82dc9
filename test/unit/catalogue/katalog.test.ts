import { readFileSync } from "node:fs";
import path from "node:path";
import {
  checkKatalog,
  defaultKatalog,
  KatalogError,
  parseKatalog,
} from "../../../src/core/catalogue/loadKatalog";
import { normaliseText } from "../../../src/core/catalogue/normalise";
import { wordMatch } from "../../../src/core/catalogue/katalog";
import { decodeText } from "../../../src/core/catalogue/decodeText";

const dataPath = path.resolve(__dirname, "../../../src/core/catalogue/data/katalog-lumajang-2019.json");
const raw = readFileSync(dataPath, "utf8");
const katalog = defaultKatalog();

describe("the shipped catalogue file", () => {
  it("is valid against the schema and has no dangling references", () => {
    expect(checkKatalog(JSON.parse(raw))).toEqual([]);
  });

  it("traces every provenance (also of an induk) to a seed file", () => {
    const data = defaultKatalog().data;
    const all = [...data.unit, ...data.jabatan, ...data.entri].flatMap((x) => [
      ...x.provenance,
      ...("indukDasar" in x && x.indukDasar ? [x.indukDasar] : []),
    ]);
    for (const p of all) expect(p.berkas).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it("has the header of the decree and its period", () => {
    const d = katalog.data;
    expect(d.id).toBe("lumajang-iku-2019");
    expect(d.dasarHukum[0]).toContain("188.45/326/427.12/2019");
    expect(d.periode).toMatchObject({ mulai: 2019, selesai: 2023 });
    expect(d.periode.catatan).toContain("2024");
    expect(d.versi).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has 31 kabupaten IKU, IKU for 32 perangkat daerah and the kecamatan IKI", () => {
    const count = (level: string) => katalog.entries.filter((e) => e.level === level).length;
    expect(count("iku-kabupaten")).toBe(31);
    const pdUnits = new Set(katalog.entries.filter((e) => e.level === "iku-perangkat-daerah").map((e) => e.unit));
    expect(pdUnits.size).toBe(32);
    expect(count("iku-perangkat-daerah")).toBe(97);
    expect(count("iki")).toBe(68);
    expect(katalog.entries).toHaveLength(196);
    expect(katalog.jabatanOf("kecamatan")).toHaveLength(10);
    expect(new Set(katalog.entries.filter((e) => e.level === "iki").flatMap((e) => e.jabatan ?? [])).size).toBe(10);
    expect(katalog.jabatanOf("kecamatan").map((j) => j.id)).toEqual(
      expect.arrayContaining([
        "sekretaris-kecamatan",
        "kasi-pemerintahan",
        "kasi-pemberdayaan-masyarakat",
        "kasi-pelayanan-umum",
        "kasubag-umum-kepegawaian",
        "kasubag-keuangan",
        "pengelola-data-pelayanan",
      ])
    );
  });

  it("keeps PDF artefacts out of the texts", () => {
    for (const e of katalog.entries) {
      for (const t of [e.rumus, e.rumusKoreksi, e.penjelasan, e.indikator, e.sasaran]) {
        expect(t ?? "").not.toMatch(/\\frac|\\text|\\times|<\/?[a-z]+[ >]|-----/);
      }
    }
  });

  it("holds no NIP (the names themselves are checked against the originals by npm run test:seeds)", () => {
    expect(raw.replace(/\s/g, "")).not.toMatch(/(19|20)\d{6}(19|20)\d{4}[12]\d{3}/);
    expect(raw).not.toMatch(/NIP\.?\s*\d/);
  });

  it("carries the village-document deadlines on the tepat-waktu entries", () => {
    const deadline = (doc: string) => katalog.entries.find((e) => e.batasWaktu?.dokumen === doc)!.batasWaktu!;
    expect(deadline("RKPDES")).toMatchObject({ bulan: 9, tanggal: 30, geserTahun: 1 });
    expect(deadline("APBDES")).toMatchObject({ bulan: 12, tanggal: 31, geserTahun: 1 });
    expect(deadline("LPPDES")).toMatchObject({ bulan: 3, tanggal: 31, geserTahun: -1 });
    expect(deadline("LPPDES").definisi).toContain("disampaikan");
  });

  it("keeps known decree defects visible with a note", () => {
    const kode = (id: string) => (katalog.entri(id)?.cacat ?? []).map((c) => c.kode);
    expect(kode("iku-pd-kecamatan-1.2")).toContain("persen-di-penyebut");
    expect(kode("iku-pd-kecamatan-1.3")).toContain("persen-di-penyebut");
    expect(kode("iku-pd-bpbd-2")).toContain("pecahan-terbalik");
    expect(kode("iku-pd-dinas-tenaga-kerja-3.1")).toContain("pembilang-sama-penyebut");
    expect(kode("iku-pd-bprd-2")).toContain("basis-pertumbuhan-salah");
    expect(katalog.entri("iku-pd-kecamatan-1.2")!.rumusKoreksi).toMatch(/x 100 ?%$/);
  });
});

describe("look-ups", () => {
  it("by id, unit and position", () => {
    expect(katalog.entri("iku-kab-05")!.indikator).toBe("Persentase pertumbuhan usaha mikro");
    const rows = katalog.entriesFor({ unit: "kecamatan", jabatan: "kasi-pemerintahan" });
    expect(rows.map((e) => e.id)).toEqual(
      expect.arrayContaining(["iki-kec-desa-rkpdes-tepat-waktu", "iki-kec-desa-apbdes-tepat-waktu"])
    );
    expect(rows.every((e) => e.level === "iki")).toBe(true);
    expect(katalog.entriesFor({ unit: "dinas-kesehatan" }).length).toBeGreaterThan(0);
  });

  it.each([
    ["Dinas Kesehatan", "dinas-kesehatan"],
    ["dinas-kesehatan", "dinas-kesehatan"],
    ["Kecamatan Candipuro", "kecamatan"],
    ["BPBD", "bpbd"],
    ["Sekretariat Daerah", "setda"],
  ])("finds unit %s", (text, id) => {
    expect(katalog.findUnit(text)?.id).toBe(id);
  });

  it("finds positions by title or alias", () => {
    expect(katalog.findJabatan("Kasi Pemerintahan", "kecamatan")?.id).toBe("kasi-pemerintahan");
    expect(katalog.findJabatan("sekretaris-kecamatan")?.id).toBe("sekretaris-kecamatan");
  });
});

describe("what counts as a misspelling", () => {
  it.each([
    ["Indeks Pembangunan Gender (IPG)", "sama"],
    ["Angka Rata-rata Lama Sekolah (ARLS)", "sama"],
    ["Indek Pembangunan pemuda", "tidak-dikenal"],
    ["Angka Partisipasi Murni PAUD", "tidak-dikenal"],
    ["Presentase desa yg menetapkan RKPDesa tepat wktu", "salah-ketik"],
    ["Persentase desa yang menetapkanRKPDes tepat waktu", "salah-ketik"],
  ])("%s -> %s", (text, kind) => {
    expect(katalog.search(text, { limit: 1 })[0]?.kind ?? "tidak-dikenal").toBe(kind);
  });
});

describe("search tolerates how people write", () => {
  it.each([
    // variant wordings taken from the seeds -> the same entry
    ["Presentase Pelayanan PATEN sesuai SP dan SOP", "iki-kec-pelayanan-paten-sesuai-sp-sop"],
    ["PERSENTASE FASILITAS KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM", "iki-kec-fasilitasi-koordinasi-trantibum"],
    ["Persentase Fasilitasi Koordinasi Ketenteraman dan Ketertiban Umum.", "iki-kec-fasilitasi-koordinasi-trantibum"],
    ["Prosentase desa yang menetapkan RKPDesa tepat waktu", "iki-kec-desa-rkpdes-tepat-waktu"],
  ])("%s -> same as %s", (text, id) => {
    const [hit] = katalog.search(text);
    expect(hit.entri.id).toBe(id);
    expect(hit.kind).toBe("sama");
  });

  it.each([
    ["Persentase pemenuhan fasilitasi kebutuhan operasionl perkantoran", "iki-kec-pemenuhan-operasional-perkantoran"],
    ["Persentase Desa yang menetapkan APBDes Tepat Watu", "iki-kec-desa-apbdes-tepat-waktu"],
    ["Persentase pertumbuhan usaha mikr", "iku-kab-05"],
    ["Angka kecelakan lalu lintas", "iku-kab-15"],
  ])("%s -> probably a typo of %s", (text, id) => {
    const [hit] = katalog.search(text);
    expect(hit.entri.id).toBe(id);
    expect(hit.kind).toBe("salah-ketik");
    expect(hit.score).toBeGreaterThan(0.8);
    expect(hit.score).toBeLessThan(1);
  });

  it.each(["Jumlah kambing yang diberi makan", "Persentase jalan desa yang diaspal", "", "   ", "%%%"])(
    "%p is unknown",
    (text) => {
      expect(katalog.best(text)).toBeUndefined();
    }
  );

  it("ranks with scores and honours filters", () => {
    const hits = katalog.search("Indeks Kepuasan Masyarakat", { limit: 10 });
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    const own = katalog.search("Nilai IKM", { unit: "kecamatan" });
    expect(own.every((h) => h.entri.unit === "kecamatan")).toBe(true);
  });

  it("normalises spelling variants", () => {
    expect(normaliseText("Presentase  Fasilitas, Ketentraman!")).toBe("persentase fasilitasi ketenteraman");
    expect(normaliseText("% pengunjung")).toBe("persentase pengunjung");
  });
});

describe("loading another catalogue file", () => {
  const minimal = {
    id: "uji",
    judul: "Katalog uji",
    dasarHukum: ["Keputusan uji"],
    periode: { mulai: 2024, selesai: 2026 },
    versi: "2.0.0",
    unit: [{ id: "kecamatan", nama: "Kecamatan", jenis: "kecamatan", provenance: [{ berkas: "004_4629e34dc24b977e.txt", lokasi: "uji" }] }],
    jabatan: [],
    entri: [
      {
        id: "iku-uji-1",
        level: "iku-perangkat-daerah",
        unit: "kecamatan",
        sasaran: "Meningkatnya uji",
        indikator: "Persentase uji yang lulus",
        rumus: "(Jumlah uji yang lulus / Jumlah uji) x 100%",
        jenis: "persentase",
        satuan: "%",
        polaritas: "positif",
        sumberData: "Laporan uji",
        penanggungJawab: "Camat",
        provenance: [{ berkas: "004_4629e34dc24b977e.txt", lokasi: "uji" }],
      },
    ],
  };

  it("accepts a new decree with the same schema, no code change", () => {
    const k = parseKatalog(JSON.stringify(minimal), "baru.json");
    expect(k.id).toBe("uji");
    expect(k.best("persentase uji yang lulus")?.entri.id).toBe("iku-uji-1");
  });

  it.each([
    ["{ bukan json", 'bukan JSON yang sah: baris 1, kolom 3 (dekat "{ bukan json")'],
    ["bukan json", 'bukan JSON yang sah: tanda "b" di tempat yang salah'],
    ['{\n  "id": "uji",\n  "judul": "x"\n  "versi": "1.0.0"\n}', 'bukan JSON yang sah: baris 4, kolom 3 (dekat'],
    ['{"id": "uji", "unit": [1, 2', "bukan JSON yang sah: baris 1, kolom 28"],
    ["", "berkas kosong, bukan JSON"],
    [JSON.stringify({ ...minimal, versi: "dua" }), "versi: bentuknya tidak sah"],
    [JSON.stringify({ ...minimal, periode: { mulai: 1990, selesai: 2026 } }), "periode, tahun mulai: tidak boleh kurang dari 2000"],
    [JSON.stringify({ ...minimal, periode: { mulai: "2024", selesai: 2026 } }), "periode, tahun mulai: harus berupa bilangan bulat"],
    [JSON.stringify({ ...minimal, entri: [{ ...minimal.entri[0], id: "x".repeat(81) }] }), "entri ke-1, id: tidak boleh lebih dari 80 karakter"],
    [JSON.stringify({ ...minimal, entri: [{ ...minimal.entri[0], jenis: "acak" }] }), "entri ke-1, jenis: nilai harus salah satu dari"],
    [JSON.stringify({ ...minimal, entri: [{ ...minimal.entri[0], unit: "dinas-x" }] }), 'unit "dinas-x" tidak ada'],
    [JSON.stringify({ ...minimal, entri: [minimal.entri[0], minimal.entri[0]] }), 'entri "iku-uji-1" ganda'],
    [JSON.stringify({ ...minimal, judul: undefined }), 'isian wajib "judul" tidak ada'],
  ])("refuses a broken file with an Indonesian reason (%#)", (text, reason) => {
    expect(() => parseKatalog(text, "rusak.json")).toThrow(KatalogError);
    try {
      parseKatalog(text, "rusak.json");
    } catch (e) {
      expect((e as KatalogError).message).toContain("Katalog rusak.json tidak dapat dipakai");
      expect((e as KatalogError).problems.join("\n")).toContain(reason);
      // Never the schema validator's or the JSON parser's English.
      expect((e as KatalogError).message).not.toMatch(/\bmust\b|Unexpected|Expected|JSON at position|is not valid/);
    }
  });

  it.each([
    ["UTF-16 LE with a BOM (Notepad's 'Unicode')", (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])],
    ["UTF-16 BE with a BOM", (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()])],
    ["UTF-16 LE without a BOM", (t: string) => Buffer.from(t, "utf16le")],
    ["UTF-8 with a BOM", (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])],
  ])("reads a catalogue saved as %s", (_name, encode) => {
    const text = decodeText(new Uint8Array(encode(JSON.stringify({ ...minimal, judul: "Katalog uji – Tahun 2025" }))));
    expect(parseKatalog(text, "utf16.json").id).toBe("uji");
    expect(text).toContain("Katalog uji – Tahun 2025");
  });

  it("reads an ANSI (Windows-1252) file as what it is", () => {
    expect(decodeText(new Uint8Array([0x4b, 0x61, 0x74, 0x61, 0x6c, 0x6f, 0x67, 0x20, 0x96, 0x20, 0xe9]))).toBe("Katalog – é");
  });
});

describe("browsing search", () => {
  it("finds entries containing every word typed, after whole-indicator matches", () => {
    const hits = katalog.browse("rkpdes");
    expect(hits[0].entri.id).toBe("iki-kec-desa-rkpdes-tepat-waktu");
    expect(hits[0].kind).toBe("memuat");
    const ikm = katalog.browse("kepuasan masy", { unit: "setda" });
    expect(ikm.length).toBeGreaterThan(1);
    expect(ikm.every((h) => h.entri.unit === "setda")).toBe(true);
  });
  it("puts an exact indicator first", () => {
    expect(katalog.browse("Nilai IKM Kecamatan")[0]).toMatchObject({ kind: "sama" });
  });
});

describe("browsing with slips in each word (issue 13)", () => {
  const k = defaultKatalog();
  const top = (q: string) => k.browse(q, { limit: 25 }).map((h) => h.entri.indikator);

  it.each([
    ["kepuasn", /kepuasan masyarakat/i],
    ["kepausan", /kepuasan masyarakat/i],
    ["rkpds", /menetapkan RKPDes Tepat Waktu/],
    ["rkpdes tepat watu", /menetapkan RKPDes Tepat Waktu/],
    ["apbdes tept", /menetapkan APBDes Tepat Waktu/],
    ["kepuas", /kepuasan masyarakat/i],
  ])("%s finds its entry first", (q, expected) => {
    expect(top(q)[0]).toMatch(expected);
  });

  it("short words need no slip and wrong words find nothing", () => {
    expect(top("ikm").length).toBeGreaterThan(0);
    expect(top("ikx")).toEqual([]);
    expect(top("qqqqzzzz")).toEqual([]);
    // RKPDes is not LPPDes: two letters off in a six-letter word is not a slip.
    expect(top("rkpdes")).toEqual(["Persentase Desa yang menetapkan RKPDes Tepat Waktu"]);
  });

  it.each([
    ["waktu", "waktu", false, 2],
    ["wak", "waktu", true, 2],
    ["wak", "waktu", false, 0],
    ["watu", "waktu", false, 1],
    ["rkpds", "rkpdes", true, 1],
    ["ikx", "ikm", true, 0],
    ["rkpdes", "lppdes", false, 0],
    ["kepausan", "kepuasan", false, 1],
  ] as const)("wordMatch(%s, %s, last=%s) = %i", (typed, word, last, expected) => {
    expect(wordMatch(typed, word, last)).toBe(expected);
  });
});
