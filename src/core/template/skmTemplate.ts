/**
 * Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): one row per respondent, a score 1-4 for each
 * of the nine unsur, then per unsur the sum, the NRR (average of the answers) and the weighted
 * NRR (1/9), the IKM (=IKI.IKM) and its mutu (=IKI.MUTUIKM), and the count of respondents against
 * the minimum sample for the population typed in (Krejcie-Morgan, as the regulation's table).
 */
import { Katalog } from "../catalogue/katalog";
import { ikmFormula, mutuIkmFormula, RumusSel } from "./computedCells";
import { columnName } from "../grid";
import { sampelMinimumFormula } from "../measures/sampelSkm";
import { Draft, letterhead, unitHeading } from "./draft";
import { sheetNameFor, checkTahun, TemplateError, TemplateModel } from "./templateModel";

/** The nine unsur of PermenPAN-RB 14/2017, in the regulation's order. */
export const UNSUR_SKM = [
  "Persyaratan",
  "Sistem, Mekanisme, dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
] as const;

export interface SkmOptions {
  unit: string;
  namaUnit?: string;
  tahun: number;
  /** Rows for respondents (1-2,000). */
  responden: number;
  /** IKM and mutu in Excel's own functions ("asli", the default) or IKI.IKM / IKI.MUTUIKM. */
  rumus?: RumusSel;
}

/** Rows of the summary block under the respondents, and the cells a user fills. */
export interface SkmLayout {
  /** Row of the population cell, and of the minimum sample, respondents and status. */
  populasi: { row: number; col: number };
  sampel: { row: number; col: number };
  jumlahResponden: { row: number; col: number };
  statusSampel: { row: number; col: number };
  /** First and last respondent row; columns 1-9 are U1-U9, column 10 the unsur answered. */
  respondents: [number, number];
  nrrRow: number;
  ikm: { row: number; col: number };
  mutu: { row: number; col: number };
}

const UNSUR_COLS = UNSUR_SKM.length;
/** No, U1-U9, and how many unsur the respondent answered. */
const COLS = 1 + UNSUR_COLS + 1;
const ANSWERED = COLS - 1;
const MAX_RESPONDEN = 2000;

export function buildSkmTemplate(
  katalog: Katalog,
  options: SkmOptions
): TemplateModel & { skm: SkmLayout } {
  checkTahun(options.tahun);
  if (
    !Number.isInteger(options.responden) ||
    options.responden < 1 ||
    options.responden > MAX_RESPONDEN
  )
    throw new TemplateError(
      `Jumlah baris responden harus bilangan bulat 1 sampai ${MAX_RESPONDEN}.`
    );
  const unit = katalog.unit(options.unit);
  if (!unit) throw new TemplateError(`Unit "${options.unit}" tidak ada di katalog.`);

  const d = new Draft(COLS);
  const ref = (row: number, col: number) => `${columnName(col)}${row + 1}`;
  let r = letterhead(
    d,
    "SURVEI KEPUASAN MASYARAKAT (SKM)",
    unitHeading(unit, options.namaUnit),
    `TAHUN ${options.tahun}`
  );

  // The survey's identity and its sample: label over columns A-C, value over D-J.
  const line = (label: string, value: string | number | undefined, formula?: string) => {
    d.put(r, 0, label, "label");
    d.merge(r, 0, r, 2);
    if (formula) d.formula(r, 3, formula, "isi");
    else if (value !== undefined) d.put(r, 3, value, "isi");
    d.merge(r, 3, r, COLS - 1);
    d.style(r, 3, r, COLS - 1, "isi");
    return { row: r++, col: 3 };
  };
  line(
    "Unit layanan",
    unit.jenis === "kecamatan" ? unitHeading(unit, options.namaUnit) : unit.nama
  );
  line("Jenis layanan", "[jenis layanan]");
  line("Periode survei", "[periode survei]");
  const populasi = line("Jumlah populasi (penerima layanan)", undefined);
  // Filled below, once the respondent rows are known.
  const sampel = { row: r++, col: 3 };
  const jumlahResponden = { row: r++, col: 3 };
  const statusSampel = { row: r++, col: 3 };
  r++;

  const headerRow = r;
  d.put(headerRow, 0, "No", "header");
  UNSUR_SKM.forEach((name, i) => d.put(headerRow, 1 + i, `U${i + 1} ${name}`, "header"));
  d.put(headerRow, ANSWERED, "Unsur dijawab", "header");
  const first = headerRow + 1;
  const last = first + options.responden - 1;
  for (let i = 0; i < options.responden; i++) {
    d.put(first + i, 0, i + 1);
    // Blank until the respondent answers something: a row left empty is no respondent.
    const row = `${ref(first + i, 1)}:${ref(first + i, UNSUR_COLS)}`;
    d.formula(first + i, ANSWERED, `=IF(COUNT(${row})=0,"",COUNT(${row}))`);
  }
  d.style(first, 0, last, COLS - 1, "isi-tengah");
  const answers = `${ref(first, 1)}:${ref(last, UNSUR_COLS)}`;
  const column = (c: number) => `${ref(first, c)}:${ref(last, c)}`;

  r = last + 1;
  const summary = (
    label: string,
    formula: (c: number) => string,
    style: "angka" | "isi-tengah"
  ) => {
    d.put(r, 0, label, "label");
    for (let c = 1; c <= UNSUR_COLS; c++) d.formula(r, c, formula(c), style);
    return r++;
  };
  summary("Jumlah nilai", (c) => `=SUM(${column(c)})`, "isi-tengah");
  const nrrRow = summary(
    "NRR",
    (c) => `=IF(COUNT(${column(c)})=0,"",AVERAGE(${column(c)}))`,
    "angka"
  );
  summary(
    "NRR tertimbang (x 1/9)",
    (c) => `=IF(${ref(nrrRow, c)}="","",${ref(nrrRow, c)}/${UNSUR_SKM.length})`,
    "angka"
  );
  r++;
  const rumus = options.rumus ?? "asli";
  const nrr = `${ref(nrrRow, 1)}:${ref(nrrRow, UNSUR_COLS)}`;
  d.put(r, 0, "IKM", "label");
  d.merge(r, 0, r, 2);
  const ikm = { row: r, col: 3 };
  d.formula(r, 3, ikmFormula(answers, nrr, rumus), "angka");
  r++;
  d.put(r, 0, "Mutu pelayanan", "label");
  d.merge(r, 0, r, 2);
  const mutu = { row: r, col: 3 };
  d.formula(r, 3, mutuIkmFormula(ref(ikm.row, ikm.col), rumus), "isi-tengah");
  r += 2;

  // The sample lines, now that the respondent rows are known.
  const pop = ref(populasi.row, populasi.col);
  const min = ref(sampel.row, sampel.col);
  const count = ref(jumlahResponden.row, jumlahResponden.col);
  for (const [at, label, formula] of [
    [sampel, "Sampel minimal (Krejcie-Morgan)", `=IF(${pop}="","",${sampelMinimumFormula(pop)})`],
    // A respondent counts when any of the nine unsur is answered.
    [jumlahResponden, "Jumlah responden", `=COUNT(${column(ANSWERED)})`],
    [
      statusSampel,
      "Kecukupan sampel",
      `=IF(${pop}="","Isi jumlah populasi",IF(${count}>=${min},"Cukup","Kurang "&(${min}-${count})&" responden"))`,
    ],
  ] as const) {
    d.put(at.row, 0, label, "label");
    d.merge(at.row, 0, at.row, 2);
    d.formula(at.row, 3, formula, "isi");
    d.merge(at.row, 3, at.row, COLS - 1);
    d.style(at.row, 3, at.row, COLS - 1, "isi");
  }

  // What the scores mean (the questionnaire of PermenPAN-RB 14/2017: a-d scored 1-4).
  d.put(
    r++,
    0,
    "Skor jawaban: 1 = tidak sesuai/tidak baik, 2 = kurang sesuai/kurang baik, 3 = sesuai/baik, 4 = sangat sesuai/sangat baik. Sel kosong: unsur tidak dijawab."
  );
  d.merge(r - 1, 0, r - 1, COLS - 1);
  d.put(
    r++,
    0,
    "Mutu pelayanan (PermenPAN-RB 14/2017): A 88,31-100 Sangat baik; B 76,61-88,30 Baik; C 65,00-76,60 Kurang baik; D 25,00-64,99 Tidak baik."
  );
  d.merge(r - 1, 0, r - 1, COLS - 1);

  return d.model(r, {
    // Column A holds the respondent's number and the summary labels ("NRR tertimbang (x 1/9)").
    widths: [16, ...UNSUR_SKM.map(() => 12), 10],
    headerRow,
    bodyRows: [first, last],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor("SKM", options.tahun, unit),
    pilihan: [
      {
        area: { top: first, left: 1, bottom: last, right: UNSUR_COLS },
        bilangan: { min: 1, max: 4 },
        pesan: "Skor harus bilangan bulat 1 sampai 4 (kosongkan bila tidak dijawab).",
      },
      {
        area: { top: populasi.row, left: populasi.col, bottom: populasi.row, right: populasi.col },
        bilangan: { min: 1, max: 100_000_000 },
        pesan: "Jumlah populasi harus bilangan bulat, mis. 1200.",
      },
    ],
    skm: {
      populasi,
      sampel,
      jumlahResponden,
      statusSampel,
      respondents: [first, last] as [number, number],
      nrrRow,
      ikm,
      mutu,
    },
  });
}
