/**
 * The SKP (Sasaran Kinerja Pegawai) of a position, as PermenPAN-RB 8/2021 and 6/2022 lay it out
 * and e-Kinerja BKN asks for it, made from what the add-in knows: each IKI becomes an indicator
 * under a Rencana Hasil Kerja (its sasaran), the leader's RHK it supports comes from the `induk`
 * link, the aspect from the indicator's kind or wording, targets from the IKI table when one is
 * read. What neither says stays a marked cell ("[target]") for the user: nothing is invented.
 *
 * Two layouts: JA/JF (administrators and functional staff: No, RHK Pimpinan yang Diintervensi,
 * RHK, Aspek, Indikator Kinerja Individu, Target) and JPT (with Perspektif; the unit's head).
 * The Rencana Aksi (one row per indicator and quarter) is built from the same plan.
 */
import { atasanOf } from "../catalogue/cascading";
import { Katalog } from "../catalogue/katalog";
import { Entri, Jabatan, Unit } from "../catalogue/types";
import type { IndicatorRef, SheetReport } from "../validate/findings";
import { Draft, letterhead, signatureBlock, unitHeading } from "./draft";
import type { KindInput, SkpPola } from "./kinds/types";
import { sheetNameFor, checkTahun, TemplateError, TemplateModel } from "./templateModel";
import { Aspek, aspekOf, ISIAN, Perspektif, perspektifOf } from "./skpVocabulary";

export interface SkpIndikator {
  indikator: string;
  aspek?: Aspek;
  /** As written in the IKI table (with its unit where the table gives one); undefined: none. */
  target?: string;
  targetTriwulan?: string[];
  satuan?: string;
  entri?: string;
}

export interface SkpRhk {
  /** The leader's RHK this one supports; undefined where nothing says it. */
  rhkPimpinan?: string;
  rhk: string;
  perspektif?: Perspektif;
  indikator: SkpIndikator[];
}

export interface SkpPlan {
  unit: Unit;
  /** The position; undefined for the unit's head ("Camat"). */
  jabatan?: Jabatan;
  /** The position's name as printed ("Sekretaris Kecamatan", "Camat"). */
  nama: string;
  /** The assessor's position (pejabat penilai kinerja); undefined where the catalogue says none. */
  penilai?: string;
  pola: SkpPola;
  rhk: SkpRhk[];
  dari: "katalog" | "buku kerja";
}

/** The column titles of each layout, in order. */
export const SKP_COLUMNS: Record<SkpPola, readonly string[]> = {
  ja: [
    "No",
    "RHK Pimpinan yang Diintervensi",
    "Rencana Hasil Kerja",
    "Aspek",
    "Indikator Kinerja Individu",
    "Target",
  ],
  jpt: [
    "No",
    "Perspektif",
    "RHK Pimpinan yang Diintervensi",
    "Rencana Hasil Kerja",
    "Indikator Kinerja Individu",
    "Target",
  ],
};
const SKP_WIDTHS: Record<SkpPola, number[]> = {
  ja: [5, 33, 33, 14, 40, 14],
  jpt: [5, 16, 32, 32, 40, 14],
};

/** The leader's RHK an entry supports: its induk's sasaran, or its own where the leader holds it. */
function rhkPimpinanOf(
  katalog: Katalog,
  e: Entri,
  atasan: Jabatan | undefined
): string | undefined {
  const induk = e.induk ? katalog.entri(e.induk) : undefined;
  if (induk) return induk.sasaran;
  // The position above carries the same indicator (roll-up): its RHK is the same sasaran.
  if (atasan && e.jabatan?.includes(atasan.id)) return e.sasaran;
  return undefined;
}

/** The position's (or the unit head's) catalogue entries, as its IKI table holds them. */
function entriesOf(katalog: Katalog, unit: Unit, jabatan: Jabatan | undefined): Entri[] {
  return jabatan
    ? katalog.entriesFor({ unit: unit.id, jabatan: jabatan.id, level: "iki" })
    : katalog.entriesFor({
        unit: unit.id,
        level: unit.jenis === "kabupaten" ? "iku-kabupaten" : "iku-perangkat-daerah",
      });
}

interface PlanRow {
  rhk: string;
  rhkPimpinan?: string;
  indikator: SkpIndikator;
}

/**
 * Rows grouped under their RHK (and the leader's RHK), in the order they come. In the JPT
 * layout an RHK is also split by perspective: the indicator's wording says it first (three IKU
 * under one sasaran may be a service, a process and a budget measure), else the RHK's.
 */
function group(rows: PlanRow[], pola: SkpPola): SkpRhk[] {
  const out: SkpRhk[] = [];
  const byKey = new Map<string, SkpRhk>();
  for (const row of rows) {
    const perspektif =
      pola === "jpt" ? (perspektifOf(row.indikator.indikator) ?? perspektifOf(row.rhk)) : undefined;
    const key = [row.rhk, row.rhkPimpinan ?? "", perspektif ?? ""]
      .map((t) => t.trim().toLowerCase())
      .join("\u0000");
    let rhk = byKey.get(key);
    if (!rhk) {
      rhk = {
        rhk: row.rhk,
        indikator: [],
        ...(row.rhkPimpinan ? { rhkPimpinan: row.rhkPimpinan } : {}),
        ...(perspektif ? { perspektif } : {}),
      };
      byKey.set(key, rhk);
      out.push(rhk);
    }
    rhk.indikator.push(row.indikator);
  }
  return out;
}

/** The catalogue position (or the unit's head) an SKP is for; TemplateError when unknown. */
function resolve(
  katalog: Katalog,
  input: Pick<KindInput, "unit" | "jabatan" | "pola">
): { unit: Unit; jabatan?: Jabatan; nama: string; penilai?: string; pola: SkpPola } {
  const unit = katalog.unit(input.unit);
  if (!unit) throw new TemplateError(`Unit "${input.unit}" tidak ada di katalog.`);
  let jabatan: Jabatan | undefined;
  if (input.jabatan) {
    jabatan = katalog.jabatan(input.jabatan);
    if (!jabatan || jabatan.unit !== unit.id)
      throw new TemplateError(`Jabatan "${input.jabatan}" tidak ada untuk ${unit.nama}.`);
  }
  const head = unit.pimpinan ?? `Kepala ${unit.nama}`;
  const atasan = jabatan ? atasanOf(katalog, jabatan) : undefined;
  return {
    unit,
    jabatan,
    nama: jabatan?.nama ?? head,
    // The head's assessor is not in the catalogue: left for the user.
    ...(jabatan ? { penilai: atasan?.nama ?? jabatan.atasan } : {}),
    // The unit's head answers for the unit's IKU: the JPT layout, with Perspektif.
    pola: input.pola ?? (jabatan ? "ja" : "jpt"),
  };
}

/** The SKP plan of a position from the catalogue. */
export function skpPlan(
  katalog: Katalog,
  input: Pick<KindInput, "unit" | "jabatan" | "pola">
): SkpPlan {
  const who = resolve(katalog, input);
  const atasan = who.jabatan ? atasanOf(katalog, who.jabatan) : undefined;
  const rows = entriesOf(katalog, who.unit, who.jabatan).map((e): PlanRow => ({
    rhk: e.sasaran,
    rhkPimpinan: rhkPimpinanOf(katalog, e, atasan),
    indikator: {
      indikator: e.indikator,
      aspek: aspekOf(e.indikator, e.jenis),
      satuan: e.satuan,
      entri: e.id,
    },
  }));
  return { ...who, rhk: group(rows, who.pola), dari: "katalog" };
}

/** The tables of the workbook that belong to the position (or, for the head, the unit's IKU). */
function tablesFor(
  katalog: Katalog,
  reports: readonly SheetReport[],
  unit: Unit,
  jabatan: Jabatan | undefined
): IndicatorRef[] {
  const iku = new Set(entriesOf(katalog, unit, undefined).map((e) => e.id));
  const rows: IndicatorRef[] = [];
  for (const report of reports)
    for (const t of report.indicators) {
      const mine = jabatan
        ? t.table.jabatan === jabatan.id
        : !t.table.jabatan &&
          t.rows.length > 0 &&
          t.rows.filter((r) => r.entri && iku.has(r.entri)).length * 2 > t.rows.length;
      if (mine) rows.push(...t.rows);
    }
  return rows;
}

/**
 * The SKP plan from a workbook's IKI table of the position (its rows, their sasaran, the
 * supported indicator written in the row, the targets), the catalogue filling what a matched row
 * leaves out. Undefined when the workbook has no table of that position.
 */
export function skpPlanFrom(
  katalog: Katalog,
  input: Pick<KindInput, "unit" | "jabatan" | "pola">,
  reports: readonly SheetReport[]
): SkpPlan | undefined {
  const who = resolve(katalog, input);
  const atasan = who.jabatan ? atasanOf(katalog, who.jabatan) : undefined;
  const refs = tablesFor(katalog, reports, who.unit, who.jabatan);
  if (refs.length === 0) return undefined;
  const rows = refs.map((ref): PlanRow => {
    const e = ref.entri ? katalog.entri(ref.entri) : undefined;
    // The leader's RHK: by the catalogue's link, else the supported indicator the row names
    // (its RHK where the catalogue knows it, else the text as written).
    let rhkPimpinan = e ? rhkPimpinanOf(katalog, e, atasan) : undefined;
    if (!rhkPimpinan && ref.induk) {
      const named = katalog.search(ref.induk.replace(/^(IKU|IKI)[^:]*:\s*/i, ""), {
        limit: 1,
        minScore: 0.9,
      })[0];
      rhkPimpinan = named?.entri.sasaran ?? ref.induk;
    }
    return {
      rhk: ref.sasaran ?? e?.sasaran ?? "",
      rhkPimpinan,
      indikator: {
        indikator: ref.indikator,
        aspek: aspekOf(ref.indikator, e?.jenis),
        ...(ref.target ? { target: ref.target } : {}),
        ...(ref.targetTriwulan ? { targetTriwulan: ref.targetTriwulan } : {}),
        ...(e ? { satuan: e.satuan, entri: e.id } : {}),
      },
    };
  });
  return { ...who, rhk: group(rows, who.pola), dari: "buku kerja" };
}

/**
 * The plan an SKP-based kind builds on: from the workbook's tables of the position when `reports`
 * are given and hold them, else from the catalogue. `fellBack` says a workbook was asked for and
 * held none; `indikator` is the plan's count; `where` names the workbook for messages.
 */
export function skpPlanFor(
  katalog: Katalog,
  input: Pick<KindInput, "unit" | "jabatan" | "pola" | "reports" | "sumber">
): { plan: SkpPlan; fromFile: boolean; fellBack: boolean; indikator: number; where: string } {
  const fromFile = input.reports ? skpPlanFrom(katalog, input, input.reports) : undefined;
  const plan = fromFile ?? skpPlan(katalog, input);
  return {
    plan,
    fromFile: !!fromFile,
    fellBack: !!input.reports && !fromFile,
    indikator: plan.rhk.reduce((k, r) => k + r.indikator.length, 0),
    where: input.sumber ?? "buku kerja ini",
  };
}

/** "80 %", "12 dokumen": a target with its unit, where the number stands alone. */
export function targetText(i: SkpIndikator): string | undefined {
  if (!i.target) return undefined;
  const bare = /^\d+([.,]\d+)?$/.test(i.target.trim());
  return bare && i.satuan ? `${i.target.trim()} ${i.satuan === "%" ? "%" : i.satuan}` : i.target;
}

/** The identity block: the employee on the left, the assessor on the right (names as marks). */
function identity(d: Draft, row: number, plan: SkpPlan, unitText: string): number {
  const half = Math.floor(d.cols / 2);
  let r = row;
  d.put(r, 0, "PEGAWAI YANG DINILAI", "header");
  d.merge(r, 0, r, half - 1);
  d.style(r, 0, r, half - 1, "header");
  d.put(r, half, "PEJABAT PENILAI KINERJA", "header");
  d.merge(r, half, r, d.cols - 1);
  d.style(r, half, r, d.cols - 1, "header");
  r++;
  // Names and NIPs are marks for the user (never a person's name); each says whose it is.
  const lines: Array<[string, string, string]> = [
    ["Nama", "[nama pegawai]", "[nama pejabat penilai]"],
    ["NIP", "[NIP pegawai]", "[NIP pejabat penilai]"],
    ["Pangkat/Gol. Ruang", "[pangkat/golongan]", "[pangkat/golongan]"],
    ["Jabatan", plan.nama, plan.penilai ?? "[jabatan pejabat penilai]"],
    ["Unit Kerja", unitText, plan.penilai ? unitText : "[unit kerja pejabat penilai]"],
  ];
  // The employee: label over the first two columns (the first is only "No" wide), value in the
  // third; the assessor: label in the fourth, value over the rest.
  for (const [label, mine, assessor] of lines) {
    d.put(r, 0, label, "label");
    d.merge(r, 0, r, 1);
    d.style(r, 0, r, 1, "label");
    d.put(r, 2, mine, "isi");
    if (half - 1 > 2) d.merge(r, 2, r, half - 1);
    d.style(r, 2, r, half - 1, "isi");
    d.put(r, half, label, "label");
    d.put(r, half + 1, assessor, "isi");
    d.merge(r, half + 1, r, d.cols - 1);
    d.style(r, half + 1, r, d.cols - 1, "isi");
    r++;
  }
  return r + 1;
}

export type SkpModel = TemplateModel & { skp: SkpPlan };

/** The SKP sheet of a plan. */
export function buildSkpTemplate(
  plan: SkpPlan,
  options: Pick<KindInput, "tahun" | "namaUnit" | "tanggal" | "tandaTangan">
): SkpModel {
  checkTahun(options.tahun);
  if (plan.rhk.length === 0)
    throw new TemplateError(
      `${plan.nama} tidak mempunyai indikator di katalog; SKP tidak dapat disusun.`
    );
  const columns = SKP_COLUMNS[plan.pola];
  const d = new Draft(columns.length);
  const unitText = unitHeading(plan.unit, options.namaUnit);
  let r = letterhead(
    d,
    "SASARAN KINERJA PEGAWAI",
    unitText,
    `PERIODE PENILAIAN: 1 JANUARI SAMPAI DENGAN 31 DESEMBER ${options.tahun}`
  );
  d.wide(r - 1, "PENDEKATAN HASIL KERJA KUANTITATIF", "subjudul");
  r++;
  r = identity(d, r, plan, unitText);
  // Above the table, not under it: a line under the last row would read as one more row.
  d.put(
    r,
    0,
    `Sel bertanda kurung siku, mis. "${ISIAN.target}", belum dapat diisi dari ${plan.dari === "katalog" ? "katalog" : "tabel IKI"}: isi sebelum disalin ke e-Kinerja.`
  );
  d.merge(r, 0, r, columns.length - 1);
  r += 2;

  const headerRow = r;
  columns.forEach((t, c) => d.put(headerRow, c, t, "header"));
  r++;
  const col = (name: string) => columns.indexOf(name);
  const first = r;
  plan.rhk.forEach((rhk, i) => {
    const top = r;
    rhk.indikator.forEach((ind) => {
      if (col("Aspek") >= 0) d.put(r, col("Aspek"), ind.aspek ?? ISIAN.aspek, "isi-tengah");
      d.put(r, col("Indikator Kinerja Individu"), ind.indikator, "isi");
      d.put(r, col("Target"), targetText(ind) ?? ISIAN.target, "isi-tengah");
      r++;
    });
    const bottom = r - 1;
    const span = (c: number, value: string, style: "isi" | "isi-tengah") => {
      d.put(top, c, value, style);
      if (bottom > top) d.merge(top, c, bottom, c);
      d.style(top, c, bottom, c, style);
    };
    span(0, String(i + 1), "isi-tengah");
    span(col("RHK Pimpinan yang Diintervensi"), rhk.rhkPimpinan ?? ISIAN.rhkPimpinan, "isi");
    span(col("Rencana Hasil Kerja"), rhk.rhk, "isi");
    if (plan.pola === "jpt") span(col("Perspektif"), rhk.perspektif ?? ISIAN.perspektif, "isi");
  });
  const last = r - 1;
  let ttd: { top: number; bottom: number } | undefined;
  if (options.tandaTangan) {
    const top = r + 2;
    r = signatureBlock(
      d,
      r,
      plan.penilai ?? "Pejabat Penilai Kinerja",
      plan.nama,
      options.tahun,
      options.tanggal
    );
    ttd = { top, bottom: r - 1 };
  }
  return d.model(r, {
    widths: SKP_WIDTHS[plan.pola],
    headerRow,
    bodyRows: [first, last],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
    sheetName: sheetNameFor("SKP", options.tahun, plan.unit, plan.jabatan),
    ...(ttd ? { tandaTangan: ttd } : {}),
    skp: plan,
  });
}

/** The fields of one SKP row in the order e-Kinerja's form asks for them, tab-separated. */
export function eKinerjaRow(plan: SkpPlan, rhk: SkpRhk, ind: SkpIndikator): string {
  const fields =
    plan.pola === "jpt"
      ? [rhk.perspektif ?? "", rhk.rhkPimpinan ?? "", rhk.rhk, ind.indikator, targetText(ind) ?? ""]
      : [rhk.rhkPimpinan ?? "", rhk.rhk, ind.aspek ?? "", ind.indikator, targetText(ind) ?? ""];
  // A tab or a line break inside a field would split the paste: spaces instead.
  return fields.map((f) => f.replace(/[\t\r\n]+/g, " ").trim()).join("\t");
}
