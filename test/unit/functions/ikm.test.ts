import { ikm, mutuIkm } from "../../../src/functions/functions";
import { expectShown, messageOf, shown } from "./shown";

describe("IKI.IKM", () => {
  it("follows PermenPAN-RB 14/2017: mean per unsur, equal weights, x 25", () => {
    // 3 respondents x 9 unsur.
    const answers = [
      [4, 3, 3, 4, 3, 4, 4, 3, 3],
      [3, 3, 4, 4, 3, 3, 4, 3, 4],
      [4, 4, 3, 4, 3, 4, 4, 2, 3],
    ];
    const nrr = [11, 10, 10, 12, 9, 11, 12, 8, 10].map((s) => s / 3);
    const expected = (nrr.reduce((a, b) => a + b, 0) / 9) * 25;
    expectShown(ikm(answers), expected);
  });

  it.each([
    [
      "all 4",
      [
        [4, 4],
        [4, 4],
      ],
      100,
    ],
    ["all 1", [[1, 1]], 25],
    ["one cell", [[3]], 75],
    // blanks ignored per unsur: unsur 1 mean 4 (one answer), unsur 2 mean 2
    [
      "blanks per unsur",
      [
        [4, 2],
        [null, 2],
      ],
      75,
    ],
    // an unsur without answers is left out of the count: (4 + 2) / 2 x 25
    [
      "an empty unsur column",
      [
        [4, null, 2],
        [4, "", 2],
      ],
      75,
    ],
    ["numeric text", [["4", "3,0"]], 87.5],
    [
      "no answers at all",
      [
        [null, ""],
        [null, null],
      ],
      "",
    ],
    ["score 0", [[4, 0]], "#VALUE!"],
    ["score 5", [[4, 5]], "#VALUE!"],
    ["score 2,5", [[4, 2.5]], "#VALUE!"],
    ["score as text 2,5", [[4, "2,5"]], "#VALUE!"],
    ["negative score", [[-1]], "#VALUE!"],
    [
      "a header row",
      [
        ["U1", "U2"],
        [4, 3],
      ],
      "#VALUE!",
    ],
    ["a logical value", [[true]], "#VALUE!"],
    ["an error value", [[4, { code: "#DIV/0!" }]], "#DIV/0!"],
  ])("%s", (_name, answers, expected) => {
    expectShown(ikm(answers), expected);
  });

  it("names the cell of a bad score", () => {
    expect(
      messageOf(
        ikm([
          [4, 3],
          [3, 7],
        ])
      )
    ).toBe("nilai (baris 2, kolom 2): 7 bukan skor survei; skor harus bilangan bulat 1 sampai 4.");
    expect(messageOf(ikm([[4, 2.5]]))).toContain("2,5 bukan skor survei");
    expect(messageOf(ikm([["U1"]]))).toBe(
      'nilai: "U1" bukan skor survei; skor harus bilangan bulat 1 sampai 4.'
    );
  });

  it("accepts a bare scalar", () => {
    expect(ikm(3 as unknown as unknown[][])).toBe(75);
  });
});

describe("IKI.MUTUIKM", () => {
  it.each([
    [100, "A"],
    [88.31, "A"],
    [3.5324 * 25, "A"], // 88,30999... in floating point, A on paper
    [88.3099, "B"],
    [88.3, "B"],
    [76.61, "B"],
    [3.0644 * 25, "B"],
    [76.6, "C"],
    [76.6099, "C"],
    [65, "C"],
    [2.6 * 25, "C"],
    [64.99, "D"],
    [25, "D"],
    ["88,31", "A"],
    ["76,61", "B"],
    ["88,31 %", "A"],
    ["76,6 %", "C"],
    [null, ""],
    ["", ""],
    [24.99, "#VALUE!"],
    [100.01, "#VALUE!"],
    [3.2, "#VALUE!"],
    ["baik", "#VALUE!"],
    [true, "#VALUE!"],
  ])("MUTUIKM(%p) = %p", (value, expected) => {
    expectShown(mutuIkm([[value]])[0][0], expected);
  });

  it("spills over a range and explains the 25-100 scale", () => {
    expect(shown(mutuIkm([[90], [80], [70], [60]]))).toEqual([["A"], ["B"], ["C"], ["D"]]);
    expect(messageOf(mutuIkm([[3.2]]))).toBe(
      "nilai_ikm: 3,2 di luar skala IKM 25 sampai 100 (nilai skala 1-4 dikalikan 25)."
    );
    // A cell formatted as a percentage holds 0,8831 for 88,31 %.
    expect(messageOf(mutuIkm([[0.8831]]))).toBe(
      "nilai_ikm: 0,8831 di luar skala IKM 25 sampai 100 (nilai skala 1-4 dikalikan 25). Jika sel berformat persen (0,8831 tampil sebagai 88,31 %), tulis 88,31 atau ubah format selnya ke angka."
    );
  });
});

describe("IKI.MUTUIKM on the 2004 scale (issue 14)", () => {
  // KEP/25/M.PAN/2/2004 nilai interval konversi: D 25,00-43,75; C 43,76-62,50; B 62,51-81,25;
  // A 81,26-100,00. Rows D-B as quoted by the SKM report of Dinas Perindustrian dan Perdagangan
  // (123dok "yjvon25y"); row A completes the scale (3,26-4,00 x 25).
  it.each([
    [100, "A"],
    [81.26, "A"],
    [81.25, "B"],
    [81.2599, "B"],
    [62.51, "B"],
    [62.5, "C"],
    [43.76, "C"],
    [43.75, "D"],
    [25, "D"],
    [3.26 * 25, "A"],
    [2.51 * 25, "B"],
    [1.76 * 25, "C"],
  ])("MUTUIKM(%p; 2004) = %p", (value, expected) => {
    expect(mutuIkm([[value]], 2004)).toEqual([[expected]]);
  });

  it("grades the published old-scale reports as they did", () => {
    // SKM of a Puskesmas, June 2012 (scribd "Hasil-PHC"), 14 unsur weighted 0,071: Unit
    // Pendaftaran 3,059 x 25 = 76,475, "Mutu pelayanan B, kinerja baik"; Unit BP Gigi 3,128 x 25
    // = 78,2, B. On the 2017 scale 76,475 would be C: the scale matters.
    expect(mutuIkm([[76.475], [78.2]], "2004")).toEqual([["B"], ["B"]]);
    expect(mutuIkm([[76.475]])).toEqual([["C"]]);
  });

  it.each([
    [null, "2017"],
    ["", "2017"],
    [2017, "2017"],
    ["14/2017", "2017"],
    ["25/2004", "2004"],
    ["KEP/25/M.PAN/2/2004", "2004"],
    [" 2004 ", "2004"],
  ])("skala %p is the %s scale", (skala, scale) => {
    // 80 is B on the 2017 scale and B on the 2004 one; 85 tells them apart (B / A).
    expect(mutuIkm([[85]], skala)).toEqual([[scale === "2017" ? "B" : "A"]]);
  });

  it("explains an unknown scale", () => {
    expect(shown(mutuIkm([[85]], 2010)[0][0])).toBe("#VALUE!");
    expect(messageOf(mutuIkm([[85]], "lama"))).toBe(
      'skala: "lama" tidak dikenal; kosongkan atau tulis 2017 (PermenPAN-RB 14/2017), atau 2004 (KEP/25/M.PAN/2/2004) untuk laporan lama.'
    );
  });
});

describe("IKI.IKM with the rounded weight a report used (issue 14)", () => {
  // Nine unsur, three respondents.
  const answers = [
    [4, 3, 4, 3, 4, 4, 3, 4, 4],
    [3, 3, 4, 4, 4, 3, 4, 4, 3],
    [4, 4, 3, 4, 3, 4, 4, 3, 4],
  ];

  it('defaults to the exact 1/9 ("tepat", blank)', () => {
    const exact = ikm(answers) as number;
    expect(ikm(answers, "tepat")).toBe(exact);
    expect(ikm(answers, null)).toBe(exact);
  });

  it("with 0,11 (PermenPAN-RB 14/2017 writes 1/9 = 0,11) the IKM is 1 % lower, as in the reports checked that way", () => {
    // GASPUL's published example: 91,48 with the exact mean, 90,56 with 0,11 (shared notes, section 3).
    const exact = ikm(answers) as number;
    expect(ikm(answers, 0.11)).toBeCloseTo(exact * 0.99, 10);
    expect(ikm(answers, "0,111")).toBeCloseTo(exact * 0.999, 10);
    expect(91.48 * 0.99).toBeCloseTo(90.56, 1);
  });

  it("refuses a weight that is not one", () => {
    expect(shown(ikm(answers, 2))).toBe("#VALUE!");
    expect(messageOf(ikm(answers, "separuh"))).toMatch(/bobot: "separuh" tidak dikenal; kosongkan atau tulis "tepat"/);
  });
});
