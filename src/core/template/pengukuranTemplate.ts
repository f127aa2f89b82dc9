/**
 * Pengukuran kinerja triwulanan: per indicator the year's target, target and realisasi for
 * TW I-IV, capaian per triwulan, how the year's realisasi is formed from the four (jumlah, nilai
 * terakhir, rata-rata: a dropdown per row, defaulting from the catalogue's jenis), the year's
 * capaian with the indicator's polarity and its predikat. Capaian with =IKI.CAPAIAN, predikat with
 * =IKI.PREDIKAT; the year's realisasi is a plain Excel formula.
 */
import { Katalog } from "../catalogue/katalog";
import { Entri, Jenis } from "../catalogue/types";
import { capaianFormula, predikatFormula } from "./computedCells";
import { columnName } from "../grid";
import { Draft, identityBlock, letterhead, signatureBlock, unitHeading } from "./draft";
import {
  resolveTemplate,
  sheetNameFor,
  checkTahun,
  TemplateError,
  TemplateModel,
  TemplateOptions,
} from "./templateModel";

/** The IKI/IKU template's options without its kind and measurement columns; no jabatan: IKU. */
export type PengukuranOptions = Omit<TemplateOptions, "kind" | "ukuran">;

/** How the year's realisasi is formed from the four triwulan. */
export const CARA_TAHUNAN = ["jumlah", "nilai terakhir", "rata-rata"] as const;
export type CaraTahunan = (typeof CARA_TAHUNAN)[number];

/**
 * A count adds up over the year; an average is averaged; a percentage, an index, a rate or a
 * value from elsewhere is measured at the end of the period (the last triwulan reported).
 */
export function caraFromJenis(jenis: Jenis | undefined): CaraTahunan {
  if (jenis === "jumlah") return "jumlah";
  if (jenis === "rata-rata") return "rata-rata";
  return "nilai terakhir";
}

const TW = ["TW I", "TW II", "TW III", "TW IV"];
/** Column of each part (0-based). */
export const PENGUKURAN_COL = {
  no: 0,
  sasaran: 1,
  indikator: 2,
  satuan: 3,
  polaritas: 4,
  targetTahun: 5,
  targetTw: 6, // to 9
  realisasiTw: 10, // to 13
  capaianTw: 14, // to 17
  cara: 18,
  realisasiTahun: 19,
  capaianTahun: 20,
  predikat: 21,
} as const;
const COLS = 22;
const WIDTHS = [5, 24, 32, 9, 10, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 13, 10, 10, 13];

interface Row {
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: string;
  cara: CaraTahunan;
}

export function buildPengukuranTemplate(
  katalog: Katalog,
  options: PengukuranOptions
): TemplateModel {
  checkTahun(options.tahun);
  const { unit, jabatan, entries } = resolveTemplate(katalog, {
    kind: options.jabatan ? "iki" : "iku",
    unit: options.unit,
    jabatan: options.jabatan,
  });
  const fromEntri = (e: Entri): Row => ({
    sasaran: e.sasaran,
    indikator: e.indikator,
    satuan: e.satuan,
    polaritas: e.polaritas,
    cara: caraFromJenis(e.jenis),
  });
  const rows: Row[] = options.isiDariKatalog
    ? entries.map(fromEntri)
    : Array.from({ length: Math.max(1, Math.min(200, options.barisKosong)) }, () => ({
        sasaran: "",
        indikator: "",
        satuan: "",
        polaritas: "positif",
        cara: "nilai terakhir" as const,
      }));
  if (rows.length === 0)
    throw new TemplateError(
      `Katalog tidak memuat indikator untuk ${jabatan?.nama ?? unit.nama}; pilih baris kosong.`
    );

  const d = new Draft(COLS);
  const C = PENGUKURAN_COL;
  let r = letterhead(
    d,
    "PENGUKURAN KINERJA TRIWULANAN",
    unitHeading(unit, options.namaUnit),
    `TAHUN ${options.tahun}`
  );
  if (options.identitas)
    r = identityBlock(d, r, [jabatan ? ["Jabatan", jabatan.nama] : ["Instansi", unit.nama]]);

  // Two header rows: single columns merged down, groups over TW I-IV.
  const headerRow = r;
  const single: Array<[number, string]> = [
    [C.no, "No"],
    [C.sasaran, "Sasaran"],
    [C.indikator, "Indikator Kinerja"],
    [C.satuan, "Satuan"],
    [C.polaritas, "Polaritas"],
    [C.targetTahun, "Target Tahunan"],
    [C.cara, "Cara Hitung Tahunan"],
    [C.realisasiTahun, "Realisasi Tahunan"],
    [C.capaianTahun, "Capaian Tahunan (%)"],
    [C.predikat, "Predikat"],
  ];
  for (const [c, title] of single) {
    d.put(headerRow, c, title, "header");
    d.merge(headerRow, c, headerRow + 1, c);
    d.style(headerRow + 1, c, headerRow + 1, c, "header");
  }
  const groups: Array<[number, string]> = [
    [C.targetTw, "Target"],
    [C.realisasiTw, "Realisasi"],
    [C.capaianTw, "Capaian (%)"],
  ];
  for (const [c, title] of groups) {
    d.put(headerRow, c, title, "header");
    d.merge(headerRow, c, headerRow, c + 3);
    d.style(headerRow, c, headerRow, c + 3, "header");
    TW.forEach((tw, q) => d.put(headerRow + 1, c + q, tw, "header"));
  }
  const firstBody = headerRow + 2;

  const ref = (row: number, col: number) => `${columnName(col)}${row + 1}`;
  const span = (row: number, col: number) => `${ref(row, col)}:${ref(row, col + 3)}`;
  const rumus = options.rumus ?? "asli";
  let number = 0;
  let groupStart = firstBody;
  const closeGroup = (from: number, to: number) => {
    if (to > from) {
      d.merge(from, C.no, to, C.no);
      d.merge(from, C.sasaran, to, C.sasaran);
    }
  };
  rows.forEach((row, i) => {
    const rr = firstBody + i;
    const continues =
      options.isiDariKatalog && i > 0 && row.sasaran !== "" && row.sasaran === rows[i - 1].sasaran;
    if (!continues) {
      closeGroup(groupStart, rr - 1);
      groupStart = rr;
      d.put(rr, C.no, String(++number));
      d.put(rr, C.sasaran, row.sasaran);
    }
    d.put(rr, C.indikator, row.indikator);
    if (row.satuan) d.put(rr, C.satuan, row.satuan);
    d.put(rr, C.polaritas, row.polaritas);
    d.put(rr, C.cara, row.cara);
    const pol = { cell: ref(rr, C.polaritas) };
    for (let q = 0; q < 4; q++)
      d.formula(
        rr,
        C.capaianTw + q,
        capaianFormula(ref(rr, C.realisasiTw + q), ref(rr, C.targetTw + q), pol, rumus)
      );
    // The last triwulan reported, their sum or their average; blank until one is reported.
    const tw = span(rr, C.realisasiTw);
    const [t1, t2, t3, t4] = [0, 1, 2, 3].map((q) => ref(rr, C.realisasiTw + q));
    const cara = ref(rr, C.cara);
    d.formula(
      rr,
      C.realisasiTahun,
      `=IF(COUNT(${tw})=0,"",IF(${cara}="jumlah",SUM(${tw}),IF(${cara}="rata-rata",AVERAGE(${tw}),` +
        `IF(${t4}<>"",${t4},IF(${t3}<>"",${t3},IF(${t2}<>"",${t2},${t1}))))))`
    );
    d.formula(
      rr,
      C.capaianTahun,
      capaianFormula(ref(rr, C.realisasiTahun), ref(rr, C.targetTahun), pol, rumus)
    );
    d.formula(rr, C.predikat, predikatFormula(ref(rr, C.capaianTahun), rumus));
  });
  const lastBody = firstBody + rows.length - 1;
  closeGroup(groupStart, lastBody);
  d.style(firstBody, C.no, lastBody, C.no, "isi-tengah");
  d.style(firstBody, C.sasaran, lastBody, C.indikator, "isi");
  d.style(firstBody, C.satuan, lastBody, C.polaritas, "isi-tengah");
  d.style(firstBody, C.targetTahun, lastBody, C.realisasiTw + 3, "angka");
  d.style(firstBody, C.capaianTw, lastBody, C.capaianTw + 3, "persen");
  d.style(firstBody, C.cara, lastBody, C.cara, "isi-tengah");
  d.style(firstBody, C.realisasiTahun, lastBody, C.realisasiTahun, "angka");
  d.style(firstBody, C.capaianTahun, lastBody, C.capaianTahun, "persen");
  d.style(firstBody, C.predikat, lastBody, C.predikat, "isi-tengah");
  r = lastBody + 1;
  const ttdFrom = r + 2;
  if (options.tandaTangan)
    r = signatureBlock(
      d,
      r,
      jabatan?.atasan ?? "Bupati Lumajang",
      jabatan?.nama ?? `Kepala ${unit.nama}`,
      options.tahun,
      options.tanggal
    );

  const body = (col: number) => ({ top: firstBody, left: col, bottom: lastBody, right: col });
  return d.model(r, {
    widths: WIDTHS,
    headerRow,
    bodyRows: [firstBody, lastBody],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor("Pengukuran", options.tahun, unit, jabatan),
    ...(options.tandaTangan ? { tandaTangan: { top: ttdFrom, bottom: r - 1 } } : {}),
    pilihan: [
      {
        area: body(C.cara),
        daftar: [...CARA_TAHUNAN],
        pesan: "Pilih jumlah, nilai terakhir atau rata-rata.",
      },
      {
        area: body(C.polaritas),
        daftar: ["positif", "negatif", "negatif-rasio"],
        pesan: "Pilih positif (makin tinggi makin baik), negatif atau negatif-rasio.",
      },
    ],
    grafik: {
      judul: `Capaian kinerja ${options.tahun} (%)`,
      kategori: body(C.indikator),
      nilai: body(C.capaianTahun),
    },
  });
}
