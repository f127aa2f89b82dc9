/*
 * Names of Object's built-in members ("constructor", "__proto__", "toString", ...) typed where a
 * function looks a word up (a month name, a KATALOG column, a document code, a polarity, a word of
 * an indicator or a formula) are unknown words like any other: the same Indonesian error, or
 * "not found", never a member of Object.prototype. Each case is checked against a look-alike word
 * of the same shape (same length, case and underscores), whose answer is known to be right.
 */
import * as IKI from "../../../src/functions/functions";
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { normaliseText } from "../../../src/core/catalogue/normalise";
import { exampleFormula, shownFormula } from "../../../src/core/functionExamples";
import { parseDateText } from "../../../src/core/measures/dates";
import { readKolom } from "../../../src/core/measures/katalogLookup";
import { parseRumus } from "../../../src/core/rumus";
import { tokenize } from "../../../src/core/rumus/tokenize";
import { messageOf, shown } from "./shown";

const BUILT_IN = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];

/** A word of the same shape that is certainly not a member of anything: "constructor" -> "qqqqqqqqqqq". */
const lookAlike = (word: string) => word.replace(/[a-z]/g, "q").replace(/[A-Z]/g, "Q");

/** What a wrapper's answer shows: the value or code, and the message that comes with it. */
function answer(result: unknown): { shown: unknown; message?: string } {
  const first = Array.isArray(result)
    ? Array.isArray(result[0])
      ? result[0][0]
      : result[0]
    : result;
  return { shown: shown(first), message: messageOf(first) };
}

/** The look-alike's answer, with the look-alike word (as typed and in lower case) put back. */
function expectedFor(word: string, call: (w: string) => unknown) {
  const other = lookAlike(word);
  const { shown: value, message } = answer(call(other));
  const back = (t: string) =>
    t.split(other).join(word).split(other.toLowerCase()).join(word.toLowerCase());
  return {
    shown: typeof value === "string" ? back(value) : value,
    ...(message !== undefined ? { message: back(message) } : {}),
  };
}

const RKPDES = "Persentase desa yang menetapkan RKPDes tepat waktu";

/** Every function that reads a word, with the word put where a user would type it. */
const CALLS: Array<[string, (w: string) => unknown]> = [
  [
    'STATUSWAKTU, tanggal "1 <kata> 2024"',
    (w) => IKI.statusWaktu([[`1 ${w} 2024`]], [["31/12/2024"]]),
  ],
  [
    'STATUSWAKTU, tanggal "<kata> 1, 2024"',
    (w) => IKI.statusWaktu([[`${w} 1, 2024`]], [["31/12/2024"]]),
  ],
  ['STATUSWAKTU, batas "<kata>"', (w) => IKI.statusWaktu([["01/01/2024"]], [[w]], 2024)],
  [
    'STATUSWAKTU, batas "1 <kata> 2024"',
    (w) => IKI.statusWaktu([["01/01/2024"]], [[`1 ${w} 2024`]]),
  ],
  [
    'TEPATWAKTU, tanggal "1 <kata> 2024"',
    (w) => IKI.tepatWaktu([[`1 ${w} 2024`], [45565]], [["RKPDES"]], 2024),
  ],
  ['TEPATWAKTU, batas "<kata>"', (w) => IKI.tepatWaktu([[45565]], [[w]], 2024)],
  ["BATASWAKTU, dokumen", (w) => IKI.batasWaktu(w, 2024)],
  ["KATALOG, kolom", (w) => IKI.katalog([[RKPDES]], w)],
  ["KATALOG, indikator", (w) => IKI.katalog([[w]], "sumber")],
  ["RUMUS, indikator", (w) => IKI.rumus([[w]])],
  ["CAPAIAN, polaritas", (w) => IKI.capaian([[80]], [[100]], [[w]])],
  [
    "CAPAIAN, polaritas per row",
    (w) => IKI.capaian([[80], [90]], [[100], [100]], [["positif"], [w]]),
  ],
  ["PREDIKAT", (w) => IKI.predikat([[w]])],
  ["MUTUIKM", (w) => IKI.mutuIkm([[w]])],
  ["PERSEN", (w) => IKI.persen([[w]], [[10]])],
  ["RATARATA", (w) => IKI.rataRata([[[w]]] as unknown as any[][][])],
  ["IKM", (w) => IKI.ikm([[w]])],
  ["PERTUMBUHAN", (w) => IKI.pertumbuhan([[w]], [[10]])],
  ["PENURUNAN", (w) => IKI.penurunan([[10]], [[w]])],
];

describe.each(BUILT_IN)("%s", (word) => {
  it.each(CALLS)("%s: the same answer as any unknown word", (_name, call) => {
    expect(answer(call(word))).toEqual(expectedFor(word, call));
  });

  it("is not a month, a column or a document: never a result", () => {
    expect(shown(IKI.statusWaktu([[`1 ${word} 2024`]], [["31/12/2024"]])[0][0])).toBe("#VALUE!");
    expect(typeof parseDateText(`1 ${word} 2024`)).toBe("string");
    expect(typeof parseDateText(`${word} 1, 2024`)).toBe("string");
    expect(shown(IKI.katalog([[RKPDES]], word)[0][0])).toBe("#VALUE!");
    expect(readKolom(word)).toMatchObject({ code: "#VALUE!" });
    expect(shown(IKI.batasWaktu(word, 2024))).toBe("#VALUE!");
  });

  it("stays an ordinary word in catalogue search and in formulas", () => {
    const words = word
      .toLowerCase()
      .split(/[^a-z0-9%]+/)
      .filter(Boolean)
      .join(" ");
    expect(normaliseText(`Persentase ${word} desa`)).toBe(`persentase ${words} desa`);
    expect(tokenize(`a ${word} b`)).toEqual([
      { t: "word", text: "a" },
      { t: "word", text: word },
      { t: "word", text: "b" },
    ]);
    const p = parseRumus(`Jumlah ${word} / Jumlah desa x 100%`);
    expect(p.kind).toBe("rasio-x100");
    expect(p.numerator).toBe(`Jumlah ${word}`);
    expect(p.diagnostics.map((d) => d.code)).not.toContain("tidak-terbaca");
    const k = defaultKatalog();
    expect(k.entri(word)).toBeUndefined();
    expect(k.unit(word)).toBeUndefined();
    expect(k.findUnit(word)).toBeUndefined();
    expect(k.findJabatan(word)).toBeUndefined();
    expect(exampleFormula(word, 2)).toBe(`=IKI.${word}(B2,C2)`);
  });
});

describe('KATALOG column names are read without case, spaces, "_" or "-"', () => {
  // Each of these reduces to a member name ("constructor", "proto", "hasownproperty"...).
  const spellings = [
    "CONSTRUCTOR",
    "Constructor",
    " constructor ",
    "con-structor",
    "con_structor",
    "__PROTO__",
    "Has Own Property",
    "value-of",
    "to_string",
  ];
  const kolom = (w: string) => IKI.katalog([[RKPDES]], w);
  it.each(spellings)("%s: the error for an unknown column", (w) => {
    expect(answer(kolom(w))).toEqual(expectedFor(w, kolom));
    expect(shown(kolom(w)[0][0])).toBe("#VALUE!");
  });
});

describe("the reported cases", () => {
  it('IKI.STATUSWAKTU("1 constructor 2024"; ...) is not a date, not "Terlambat"', () => {
    const r = IKI.statusWaktu([["1 constructor 2024"]], [["31/12/2024"]]);
    expect(shown(r[0][0])).toBe("#VALUE!");
    expect(messageOf(r)).toBe(
      'tanggal: "1 constructor 2024" bukan tanggal: nama bulan "constructor" tidak dikenal.'
    );
  });

  it('IKI.KATALOG(x; "constructor") is the error for an unknown column, not undefined', () => {
    const r = IKI.katalog([[RKPDES]], "constructor");
    expect(shown(r[0][0])).toBe("#VALUE!");
    expect(messageOf(r)).toBe(
      'kolom "constructor" tidak dikenal; pilih "sumber", "pj", "sasaran", "satuan", "jenis", "polaritas", "id", "indikator", "rumus".'
    );
  });

  it("real month names and columns still work", () => {
    expect(shown(IKI.statusWaktu([["1 Oktober 2024"]], [["30 September 2024"]])[0][0])).toBe(
      "Terlambat"
    );
    expect(shown(IKI.statusWaktu([["September 30, 2024"]], [["30/09/2024"]])[0][0])).toBe(
      "Tepat waktu"
    );
    expect(shown(IKI.katalog([[RKPDES]], "Sumber Data")[0][0])).toBe(
      defaultKatalog().best(RKPDES)!.entri.sumberData
    );
  });
});

describe("formulas as an Indonesian Excel shows them", () => {
  it.each([
    ["=IKI.PERSEN(B2,C2,2)", "=IKI.PERSEN(B2;C2;2)"],
    ['=IKI.KATALOG(C2,"sumber, pj")', '=IKI.KATALOG(C2;"sumber, pj")'],
    ["=IKI.CAPAIAN(0.5,1.25)", "=IKI.CAPAIAN(0,5;1,25)"],
    ['=IKI.RUMUS("a.b, 1.5")', '=IKI.RUMUS("a.b, 1.5")'],
    ["=IKI.RATARATA(B2:B5)", "=IKI.RATARATA(B2:B5)"],
  ])("%s is shown as %s", (english, shown) => {
    expect(shownFormula(english)).toBe(shown);
  });
});
