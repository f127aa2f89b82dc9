/**
 * Column roles from the header's words and the column's content together (issue #25). Words of
 * COLUMN_SYNONYMS settle a role ("Indikator Kinerja", "Rumus", "Target 2024"); weak words
 * ("Uraian", "Judul Data") and silent headers leave it to the content below: long texts worded
 * like indicators, formulas in prose, numbers (target, realisasi, capaian in that order, a column
 * equal to realisasi / target x 100 being capaian), positions, documents. A role inferred rather
 * than read is described for the table's summary ("kolom C dianggap Indikator (isi teks
 * panjang; judul 'Uraian')").
 */
import { normaliseText } from "../catalogue/normalise";
import { columnName, Grid, GridReader, sheetCol } from "../grid";
import { CellFacts, cellFacts, ColumnProfile, columnProfile, share } from "./cellKind";
import { ColumnRole, ROLE_NAME } from "./columnVocabulary";
import { BandLabel, HeaderBand } from "./headerBand";
import { namesOtherColumn, periodOf, roleOf, weakRoleOf, wordsAfterRole } from "./headerWords";

export type MeasureRole = "target" | "realisasi" | "capaian";
export const MEASURE_ROLES: readonly MeasureRole[] = ["target", "realisasi", "capaian"];
export const isMeasure = (role: ColumnRole | undefined): role is MeasureRole =>
  role === "target" || role === "realisasi" || role === "capaian";

/** A column with a role, how the role was known, and the period of a measure. */
export interface RoleColumn {
  col: number;
  role: ColumnRole;
  /** Normalised period ("2019", "tw 2"), "" when the header names none. */
  period: string;
  /** "kata": read from the header's words; otherwise inferred, with `alasan` saying why. */
  dari: "kata" | "dugaan";
  alasan?: string;
}

export interface ResolvedColumns {
  /** The first column of each role (as tables and rules address them). */
  columns: Partial<Record<ColumnRole, number>>;
  /** Every column with a role, in column order (several measure columns per period). */
  roles: RoleColumn[];
  /** How many roles came from header words (strong ones), for deciding whether it is a header. */
  fromWords: number;
  /** Columns headed by a year alone ("2019 | 2020 | ..."), holding numbers: a data table's values. */
  yearColumns: number;
  /**
   * A table of one indicator measured per period ("TAHUN | TARGET | REALISASI | CAPAIAN", the
   * indicator named above it): the column of the periods, when there is no Indikator column.
   */
  periodColumn?: number;
  /**
   * Indicators across the columns ("Indikator Mutu (%)" over one sub-column per indicator, each
   * row a report of a hospital or a month): those columns, when no column lists indicators.
   */
  indikatorLintang?: number[];
}

/** A header naming the periods of the rows ("TAHUN", "Periode", "Triwulan", "Bulan"). */
const PERIOD_HEADER = /^(?:tahun|th|periode|triwulan|tw|semester|bulan)\b/;
/** A period in a cell: a year, a quarter, a semester, a month. */
const PERIOD_VALUE =
  /^\s*(?:(?:19|20)\d\d|(?:tw|triwulan|trw|semester|smt)\.?\s*(?:[1-4]|i{1,3}|iv)|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

/** Sub-columns of money: "Rp", "Rp. (000)", "Anggaran", "Pagu", "Dana". */
const MONEY = /^(?:rp|rupiah|anggaran|pagu|dana|biaya|keuangan)\b/;

/** Roles whose cells hold words, not numbers. */
const TEXT_ROLES = new Set<ColumnRole>(["sasaran", "indikator", "rumus", "sumber", "pj"]);

/** At most this many body rows are looked at to profile a column. */
export const PROFILE_ROWS = 30;

const roleName = (role: ColumnRole) => ROLE_NAME[role];
const quoteLabel = (label: BandLabel) => {
  const t = label.parts.join(" ").replace(/\s+/g, " ").trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
};

/** What a column's content says, in a few words for the summary. */
function describe(p: ColumnProfile): string {
  if (share(p, p.kinds.rumus) >= 0.5) return "isi berupa rumus";
  if (share(p, p.kinds.bagian) >= 0.5) return "isi bagian rumus: numerator atau denumerator";
  if (share(p, p.indicatorLike) >= 0.4) return "isi teks panjang seperti nama indikator";
  if (share(p, p.sasaranLike) >= 0.5) return "isi teks seperti sasaran";
  if (share(p, p.kinds.jabatan) >= 0.5) return "isi nama jabatan atau unit";
  if (share(p, p.kinds.dokumen) >= 0.5) return "isi nama dokumen";
  if (share(p, p.kinds.angka) >= 0.5) return "isi angka";
  if (share(p, p.long) >= 0.5) return "isi teks panjang";
  return "isinya";
}

/** Whether a column's content fits a role (used to settle weak words and shared headers). */
export function fits(role: ColumnRole, p: ColumnProfile): boolean {
  if (p.cells === 0)
    return isMeasure(role) || role === "pj" || role === "sumber" || role === "rumus";
  const text = p.kinds.teks + p.kinds.rumus + p.kinds.jabatan + p.kinds.dokumen;
  switch (role) {
    case "no":
      return share(p, p.kinds.nomor + p.kinds.angka) >= 0.6;
    case "indikator":
    case "sasaran":
      return share(p, text) >= 0.6 && share(p, p.long + p.indicatorLike + p.sasaranLike) >= 0.4;
    case "rumus":
      return share(p, text) >= 0.5;
    case "target":
    case "realisasi":
    case "capaian":
    case "pembilang":
    case "penyebut":
      return (
        share(p, p.kinds.angka + p.kinds.nomor) >= 0.5 ||
        role === "pembilang" ||
        role === "penyebut"
      );
    default:
      return true;
  }
}

/**
 * The roles of a band's columns, weighing the header's words and the content of `body` (the
 * rows under the band, at most PROFILE_ROWS are read).
 */
export function resolveColumns(
  reader: GridReader,
  band: HeaderBand,
  body: readonly number[]
): ResolvedColumns {
  const sample = body.slice(0, PROFILE_ROWS);
  const profiles = new Map<number, ColumnProfile>();
  const profile = (c: number) => {
    let p = profiles.get(c);
    if (!p) profiles.set(c, (p = columnProfile(reader, c, sample)));
    return p;
  };
  const assigned = new Map<number, RoleColumn>();
  const taken = new Set<ColumnRole>();
  const measurePeriods = new Set<string>();
  const claim = (rc: RoleColumn) => {
    assigned.set(rc.col, rc);
    if (isMeasure(rc.role)) measurePeriods.add(`${rc.role} ${rc.period}`);
    else taken.add(rc.role);
  };
  const free = (role: ColumnRole, period = "") =>
    isMeasure(role) ? !measurePeriods.has(`${role} ${period}`) : !taken.has(role);

  // 1. Strong words: the lowest part of the label that names a role (a sub-header before its
  //    group), the other parts giving the period.
  interface WordRole {
    role: ColumnRole;
    period: string;
    span?: BandLabel["spans"][number];
    own: boolean;
  }
  const words = new Map<number, WordRole>();
  for (const label of band.labels) {
    for (let i = label.parts.length - 1; i >= 0; i--) {
      const role = roleOf(label.parts[i]);
      if (!role) continue;
      // A group's role reaches a sub-column that names no role of its own only when that
      // sub-column names a period ("TARGET" over "2016"), not something else ("Rp", "K").
      // Nor a money sub-column ("Rp", "Anggaran") beside the measure's own ("K" for kinerja).
      const own = label.parts[label.parts.length - 1];
      if (i < label.parts.length - 1 && (MONEY.test(normaliseText(own)) || namesOtherColumn(own)))
        break;
      // A sub-header merged over several body columns ("K" over the value and its "%") passes
      // the group's role to its first column only.
      const ownSpan = label.spans[label.parts.length - 1];
      if (i < label.parts.length - 1 && ownSpan && !ownSpan.group && ownSpan.left !== label.col)
        break;
      // A sub-header whose words name a text role over a column of numbers ("Sasaran Riil" under
      // "% Cakupan") yields to the group over it.
      if (
        i > 0 &&
        TEXT_ROLES.has(role) &&
        share(
          profile(label.col),
          profile(label.col).kinds.angka + profile(label.col).kinds.nomor
        ) >= 0.8
      )
        continue;
      const others = label.parts.filter((_, k) => k !== i).join(" ");
      const period = isMeasure(role)
        ? periodOf(`${others} ${wordsAfterRole(label.parts[i], role)}`)
        : "";
      words.set(label.col, {
        role,
        period,
        span: label.spans[i],
        own: i === label.parts.length - 1,
      });
      break;
    }
  }
  let fromWords = 0;
  // Cells over several columns: a group's role goes to its first sub-column without a role of its
  // own; a wide header (no sub-headers) to the column whose content fits it best.
  const handled = new Set<number>();
  const lintang: number[] = [];
  for (const label of band.labels) {
    const w = words.get(label.col);
    if (!w || handled.has(label.col)) continue;
    // A measure under a group ("TARGET" over "2019 | 2020") goes to each sub-column; a measure
    // header merged over several body columns ("K" over the value and its "%") to one of them.
    if (!w.span || (isMeasure(w.role) && w.span.group)) {
      // Measures may repeat a period ("% Capaian 2020" against two targets); others come once.
      if (isMeasure(w.role) || free(w.role, w.period)) {
        claim({ col: label.col, role: w.role, period: w.period, dari: "kata" });
        fromWords++;
      }
      handled.add(label.col);
      continue;
    }
    const cols: number[] = [];
    for (
      let c = Math.max(w.span.left, band.firstCol);
      c <= Math.min(w.span.right, band.lastCol);
      c++
    ) {
      const other = words.get(c);
      if (other && other.span?.left === w.span.left && other.role === w.role) {
        handled.add(c);
        cols.push(c);
      }
    }
    // Indicators across the columns: "Indikator Mutu (%)" over sub-columns named by each
    // indicator and holding numbers, the rows being reports (a hospital, a month).
    if (w.span.group && w.role === "indikator" && cols.length >= 2) {
      const across = cols.filter((c) => {
        const own = band.labels.find((l) => l.col === c)!.parts;
        const p = profile(c);
        return (
          own.length >= 2 &&
          !roleOf(own[own.length - 1]) &&
          share(p, p.kinds.angka + p.kinds.nomor) >= 0.6
        );
      });
      if (across.length >= 2) {
        lintang.push(...across);
        continue;
      }
    }
    const best = w.span.group
      ? cols[0]
      : (cols.find(
          (c) => fits(w.role, profile(c)) && (w.role !== "indikator" || profile(c).long > 0)
        ) ??
        cols.find((c) => fits(w.role, profile(c))) ??
        cols[0]);
    if (best !== undefined && (isMeasure(w.role) || free(w.role, w.period))) {
      claim({ col: best, role: w.role, period: w.period, dari: "kata" });
      fromWords++;
    }
  }

  // 1b. A header naming the levels a column holds ("Tujuan / Sasaran / Indikator"): its rows are
  //     indicators under their tujuan and sasaran headings, when no column names Indikator alone.
  if (free("indikator")) {
    const levels = band.labels.find((l) => {
      const own = l.parts[l.parts.length - 1] ?? "";
      return own.includes("/") && own.split("/").some((p) => roleOf(p.trim()) === "indikator");
    });
    if (levels) {
      // A header merged over several columns names the one holding the indicators' texts.
      const span = levels.spans[levels.parts.length - 1];
      const inSpan = span
        ? band.labels.filter((l) => l.col >= span.left && l.col <= span.right)
        : [levels];
      const best = (p: ColumnProfile) => p.indicatorLike * 2 + p.long;
      const chosen = inSpan.reduce((a, b) => (best(profile(b.col)) > best(profile(a.col)) ? b : a));
      const previous = assigned.get(chosen.col);
      if (previous) {
        assigned.delete(levels.col);
        if (!isMeasure(previous.role)) taken.delete(previous.role);
      }
      claim({ col: chosen.col, role: "indikator", period: "", dari: "kata" });
    }
  }

  // 2. Weak words, when the content agrees and no column holds the role by a strong word.
  for (const label of band.labels) {
    if (assigned.has(label.col)) continue;
    for (let i = label.parts.length - 1; i >= 0; i--) {
      const role = weakRoleOf(label.parts[i]);
      if (!role) continue;
      const p = profile(label.col);
      // A text column needs text under the word: names for Penanggung Jawab or Sumber Data,
      // long texts for the others.
      const filled = role === "pj" || role === "sumber" ? p.cells > 0 : p.long > 0;
      if (free(role) && fits(role, p) && filled)
        claim({
          col: label.col,
          role,
          period: "",
          dari: "dugaan",
          alasan: `${describe(p)}; judul '${quoteLabel(label)}'`,
        });
      break;
    }
  }

  // 3. A Keterangan / Penjelasan column that holds the formulas, in a table with no Rumus column
  //    ("PENJELASAN" over "Formulasi perhitungan : Jumlah ... / ..."): the formula column.
  if (free("rumus")) {
    const note = [...assigned.values()].find(
      (rc) => rc.role === "keterangan" && share(profile(rc.col), profile(rc.col).kinds.rumus) >= 0.5
    );
    if (note) {
      taken.delete("keterangan");
      const label = band.labels.find((l) => l.col === note.col)!;
      claim({
        col: note.col,
        role: "rumus",
        period: "",
        dari: "dugaan",
        alasan: `${describe(profile(note.col))}; judul '${quoteLabel(label)}'`,
      });
    }
  }

  // 4. Content alone, for the columns whose header says nothing the vocabulary knows.
  inferFromContent(reader, band, sample, profile, assigned, free, claim);

  const roles = [...assigned.values()].sort((a, b) => a.col - b.col);
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const rc of roles) if (columns[rc.role] === undefined) columns[rc.role] = rc.col;
  const yearColumns = band.labels.filter((l) => {
    if (assigned.has(l.col) || l.parts.length === 0) return false;
    if (!/^\s*(?:19|20)\d\d\s*$/.test(l.parts[l.parts.length - 1])) return false;
    const p = profile(l.col);
    return p.cells > 0 && share(p, p.kinds.angka) >= 0.5;
  }).length;
  const periodColumn =
    columns.indikator === undefined && roles.some((r) => isMeasure(r.role))
      ? band.labels.find((l) => {
          if (assigned.has(l.col)) return false;
          const own = l.parts[l.parts.length - 1] ?? "";
          if (!PERIOD_HEADER.test(normaliseText(own))) return false;
          const texts = sample.map((r) => reader.text(r, l.col)).filter((t) => t !== "");
          return (
            texts.length > 0 &&
            texts.filter((t) => PERIOD_VALUE.test(t)).length >= texts.length * 0.6
          );
        })?.col
      : undefined;
  return {
    columns,
    roles,
    fromWords,
    yearColumns,
    ...(periodColumn !== undefined ? { periodColumn } : {}),
    ...(lintang.length > 0 && columns.indikator === undefined ? { indikatorLintang: lintang } : {}),
  };
}

function inferFromContent(
  reader: GridReader,
  band: HeaderBand,
  sample: readonly number[],
  profile: (c: number) => ColumnProfile,
  assigned: Map<number, RoleColumn>,
  free: (role: ColumnRole, period?: string) => boolean,
  claim: (rc: RoleColumn) => void
): void {
  // A header that names another kind of column ("Frekuensi", "Kondisi Awal") keeps its meaning
  // (its own cell's words, not a group's over it: "Tahun 2019" over "%" leaves "%" silent).
  const silent = (l: BandLabel) =>
    l.parts.length === 0 || !namesOtherColumn(l.parts[l.parts.length - 1]);
  const open = band.labels.filter(
    (l) => !assigned.has(l.col) && profile(l.col).cells > 0 && silent(l)
  );
  const why = (label: BandLabel, p: ColumnProfile) =>
    label.parts.length === 0
      ? `${describe(p)}; tanpa judul`
      : `${describe(p)}; judul '${quoteLabel(label)}'`;
  const infer = (label: BandLabel, role: ColumnRole, reason?: string) =>
    claim({
      col: label.col,
      role,
      period: "",
      dari: "dugaan",
      alasan: reason ?? why(label, profile(label.col)),
    });
  const hasWordRole = (role: ColumnRole) => [...assigned.values()].some((r) => r.role === role);

  // The indicator: texts worded like indicators (or long texts when the other columns make an
  // indicator table: a formula, a target and a realisation, a Sumber Data or a PJ).
  if (free("indikator")) {
    const worded = open.find((l) => {
      const p = profile(l.col);
      return share(p, p.indicatorLike) >= 0.4 && share(p, p.kinds.teks) >= 0.5;
    });
    const supported =
      hasWordRole("rumus") ||
      hasWordRole("sumber") ||
      hasWordRole("pj") ||
      (hasWordRole("target") && hasWordRole("realisasi"));
    const long = supported
      ? open.find((l) => {
          const p = profile(l.col);
          return (
            share(p, p.long) >= 0.6 && share(p, p.kinds.teks + p.kinds.rumus) >= 0.6 && !p.countsUp
          );
        })
      : undefined;
    const pick = worded ?? long;
    if (pick) infer(pick, "indikator");
  }
  const rest = () =>
    band.labels.filter((l) => !assigned.has(l.col) && profile(l.col).cells > 0 && silent(l));
  for (const l of rest()) {
    const p = profile(l.col);
    if (free("bagian") && share(p, p.kinds.bagian) >= 0.8) infer(l, "bagian");
    else if (
      free("no") &&
      p.countsUp &&
      share(p, p.kinds.nomor + p.kinds.angka) >= 0.8 &&
      l.col <= (firstRoleCol(assigned) ?? l.col)
    )
      infer(l, "no");
    else if (free("rumus") && share(p, p.kinds.rumus) >= 0.5) infer(l, "rumus");
    else if (free("pj") && share(p, p.kinds.jabatan) >= 0.6) infer(l, "pj");
    else if (free("sumber") && share(p, p.kinds.dokumen) >= 0.6) infer(l, "sumber");
    else if (
      free("sasaran") &&
      share(p, p.sasaranLike) >= 0.5 &&
      l.col < (assigned.size ? (firstRoleCol(assigned, "indikator") ?? Infinity) : Infinity)
    )
      infer(l, "sasaran");
    else if (free("satuan") && share(p, p.kinds.satuan) >= 0.6) infer(l, "satuan");
  }
  // Rows typed "numerator" / "denumerator": their texts (the nearest column of long texts) are
  // the parts of the formula.
  const part = [...assigned.values()].find((rc) => rc.role === "bagian");
  if (part && free("rumus")) {
    const texts = rest()
      .filter((l) => {
        const p = profile(l.col);
        return share(p, p.long) >= 0.5 && share(p, p.kinds.teks + p.kinds.rumus) >= 0.6;
      })
      .sort((a, b) => Math.abs(a.col - part.col) - Math.abs(b.col - part.col));
    if (texts[0])
      infer(
        texts[0],
        "rumus",
        `${describe(profile(texts[0].col))}; baris-barisnya bertanda pembilang dan penyebut`
      );
  }
  inferMeasures(
    reader,
    { ...band, labels: band.labels.filter(silent) },
    sample,
    profile,
    assigned,
    claim
  );
  inferTarget(reader, band, sample, profile, assigned, claim);
}

/**
 * A capaian and its realisasi with no target: the number column, whatever its header ("ANGGARAN
 * (Rp)" beside "REALISASI (Rp)" and "CAPAIAN REALISASI ANGGARAN (%)"), that makes the capaian
 * equal realisasi / it x 100 on most rows is the target.
 */
function inferTarget(
  reader: GridReader,
  band: HeaderBand,
  sample: readonly number[],
  profile: (c: number) => ColumnProfile,
  assigned: Map<number, RoleColumn>,
  claim: (rc: RoleColumn) => void
): void {
  const all = [...assigned.values()];
  if (all.some((r) => r.role === "target")) return;
  for (const k of all.filter((r) => r.role === "capaian")) {
    const r =
      all.find((x) => x.role === "realisasi" && x.period === k.period) ??
      (all.filter((x) => x.role === "realisasi").length === 1
        ? all.find((x) => x.role === "realisasi")
        : undefined);
    if (!r) continue;
    const t = band.labels.find((l) => {
      if (assigned.has(l.col) || l.col === r.col || l.col === k.col) return false;
      const p = profile(l.col);
      return (
        p.cells > 0 &&
        share(p, p.kinds.angka + p.kinds.nomor) >= 0.6 &&
        isCapaianOf(reader, sample, l.col, r.col, k.col)
      );
    });
    if (!t) continue;
    claim({
      col: t.col,
      role: "target",
      period: k.period,
      dari: "dugaan",
      alasan: `capaian sama dengan realisasi / kolom ini x 100; ${t.parts.length ? `judul '${quoteLabel(t)}'` : "tanpa judul"}`,
    });
  }
}

function firstRoleCol(assigned: Map<number, RoleColumn>, role?: ColumnRole): number | undefined {
  let best: number | undefined;
  for (const rc of assigned.values())
    if ((role === undefined || rc.role === role) && (best === undefined || rc.col < best))
      best = rc.col;
  return best;
}

/** The number a cell holds (points: "87,5 %" gives 87,5), for comparing columns. */
function numberAt(reader: GridReader, r: number, c: number): number | undefined {
  const f: CellFacts = cellFacts(reader.value(r, c));
  return f.kind === "angka" ? f.number : undefined;
}

/** Whether column `k` equals realisasi / target x 100 on most rows that have all three. */
function isCapaianOf(
  reader: GridReader,
  rows: readonly number[],
  t: number,
  r: number,
  k: number
): boolean {
  let both = 0;
  let equal = 0;
  for (const row of rows) {
    const target = numberAt(reader, row, t);
    const real = numberAt(reader, row, r);
    const cap = numberAt(reader, row, k);
    if (target === undefined || real === undefined || cap === undefined || target === 0) continue;
    both++;
    const expected = (real / target) * 100;
    const lower = (target / real) * 100;
    const inverse = ((2 * target - real) / target) * 100;
    if (
      [expected, lower, inverse].some(
        (e) => Math.abs(e - cap) <= 0.6 || Math.abs(e - cap * 100) <= 0.6
      )
    )
      equal++;
  }
  return both >= 2 && equal >= both * 0.6;
}

/**
 * Number columns whose words say nothing: capaian when it equals realisasi / target x 100; with
 * no measure named at all, three number columns in a row are target, realisasi, capaian when the
 * third is the quotient of the other two.
 */
function inferMeasures(
  reader: GridReader,
  band: HeaderBand,
  sample: readonly number[],
  profile: (c: number) => ColumnProfile,
  assigned: Map<number, RoleColumn>,
  claim: (rc: RoleColumn) => void
): void {
  const numeric = band.labels.filter((l) => {
    if (assigned.has(l.col)) return false;
    const p = profile(l.col);
    return p.cells > 0 && share(p, p.kinds.angka) >= 0.6 && !p.countsUp;
  });
  if (numeric.length === 0) return;
  const of = (role: MeasureRole) => [...assigned.values()].filter((r) => r.role === role);
  const targets = of("target");
  const realisations = of("realisasi");
  const caps = of("capaian");
  const label = (l: BandLabel) => (l.parts.length ? `judul '${quoteLabel(l)}'` : "tanpa judul");
  if (targets.length > 0 && realisations.length > 0) {
    // For each period with a target and a realisasi but no capaian: a silent number column right
    // of them that equals realisasi / target x 100.
    for (const t of targets) {
      const r = realisations.find((x) => x.period === t.period);
      if (!r || caps.some((k) => k.period === t.period)) continue;
      const k = numeric.find(
        (l) =>
          !assigned.has(l.col) &&
          l.col > Math.max(t.col, r.col) &&
          isCapaianOf(reader, sample, t.col, r.col, l.col)
      );
      if (k)
        claim({
          col: k.col,
          role: "capaian",
          period: t.period,
          dari: "dugaan",
          alasan: `isi sama dengan realisasi / target x 100; ${label(k)}`,
        });
    }
    return;
  }
  if (targets.length + realisations.length + caps.length > 0) return;
  for (let i = 0; i + 2 < numeric.length; i++) {
    const [a, b, c] = [numeric[i], numeric[i + 1], numeric[i + 2]];
    if (b.col !== a.col + 1 || c.col !== b.col + 1) continue;
    if (!isCapaianOf(reader, sample, a.col, b.col, c.col)) continue;
    const period = periodOf([...a.parts, ...b.parts, ...c.parts].join(" "));
    const why = "angka berurutan, kolom ketiga sama dengan kolom kedua / kolom pertama x 100";
    claim({ col: a.col, role: "target", period, dari: "dugaan", alasan: `${why}; ${label(a)}` });
    claim({ col: b.col, role: "realisasi", period, dari: "dugaan", alasan: `${why}; ${label(b)}` });
    claim({ col: c.col, role: "capaian", period, dari: "dugaan", alasan: `${why}; ${label(c)}` });
    return;
  }
}

/** "kolom C dianggap Indikator (isi teks panjang; judul 'Uraian')" for an inferred role. */
export function describeInferred(rc: RoleColumn, grid: Grid): string {
  return `kolom ${columnName(sheetCol(grid, rc.col))} dianggap ${roleName(rc.role)} (${rc.alasan ?? "dari isinya"})`;
}
