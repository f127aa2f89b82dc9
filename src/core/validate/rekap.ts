/**
 * The summary of a review of many workbooks (issue #31: Bagian Organisasi's review of a whole
 * kabupaten): per file and per unit, tables, indicators, findings by severity and rule; the rules
 * most units break; the units with the most errors; and, when the files hold the kabupaten's IKU
 * and the units' tables, the kabupaten IKU that no unit's indicator supports. Built one file at a
 * time (only counts are kept), so it does not grow with the findings.
 */
import { supports } from "../catalogue/cascading";
import type { Katalog } from "../catalogue/katalog";
import type { Finding, RuleId, Severity, TableSummary } from "./findings";
import { RULE_TITLE } from "./rules";
import { UNIT_TIDAK_DIKENALI } from "./kesiapanLke";
import { tableOfFinding } from "./tableCells";

export type Hitungan = Record<Severity, number>;

export interface RekapBerkas {
  file: string;
  /** The units its tables belong to. */
  unit: string[];
  tabel: number;
  indikator: number;
  temuan: Hitungan;
  aturan: Record<string, number>;
}

export interface RekapUnit {
  unit: string;
  berkas: number;
  tabel: number;
  indikator: number;
  temuan: Hitungan;
  aturan: Record<string, number>;
}

export interface Rekap {
  berkas: RekapBerkas[];
  unit: RekapUnit[];
  /** Rules by how many units have their findings (then by findings). */
  aturan: Array<{ aturan: string; judul: string; unit: number; temuan: number }>;
  /** Units by errors, then warnings (units with none left out). */
  unitKesalahan: Array<{ unit: string; kesalahan: number; peringatan: number }>;
  /**
   * When the files hold the kabupaten's IKU and other units' tables: the kabupaten IKU that no
   * indicator of another unit supports (through the catalogue's induk links).
   */
  ikuKabupatenTanpaDukungan?: Array<{ entri: string; nomor?: string; indikator: string }>;
  tidakTerbaca: number;
  total: { berkas: number; tabel: number; indikator: number; temuan: Hitungan };
}

const nol = (): Hitungan => ({ error: 0, warning: 0, info: 0 });

/** A checked file as the summary needs it: its tables, findings and the catalogue entries matched. */
export interface BerkasDiperiksa {
  file: string;
  tables: readonly TableSummary[];
  findings: readonly Finding[];
  /** Ids of the catalogue entries its indicator rows match. */
  entri?: readonly string[];
}

/** One file's share of the summary: its record, and what it adds to each of its units. */
export interface RekapBagian {
  berkas: RekapBerkas;
  unit: RekapUnit[];
  entri: string[];
}

const unitOf = (t: TableSummary) => t.unit ?? UNIT_TIDAK_DIKENALI;

/**
 * The unit a file's finding counts for: its table's; a finding outside every table (a
 * sheet-wide rule) counts for the file's main unit, the one most of its tables belong to.
 */
export function unitOfFinding(tables: readonly TableSummary[]): {
  main: string;
  of: (x: Finding) => string;
} {
  const main = mostCommon(tables.map(unitOf)) ?? UNIT_TIDAK_DIKENALI;
  return {
    main,
    of: (x) => {
      const t = tableOfFinding(tables, x);
      return t ? unitOf(t) : main;
    },
  };
}

/** A file's share of the summary (small: counts only), where the file is checked. */
export function rekapBagian(f: BerkasDiperiksa): RekapBagian {
  const { main, of } = unitOfFinding(f.tables);
  const berkas: RekapBerkas = {
    file: f.file,
    unit: [...new Set(f.tables.map(unitOf))],
    tabel: f.tables.length,
    indikator: f.tables.reduce((n, t) => n + t.indicatorRows, 0),
    temuan: nol(),
    aturan: {},
  };
  const units = new Map<string, RekapUnit>();
  const unit = (name: string): RekapUnit => {
    let u = units.get(name);
    if (!u) {
      u = { unit: name, berkas: 1, tabel: 0, indikator: 0, temuan: nol(), aturan: {} };
      units.set(name, u);
    }
    return u;
  };
  for (const name of berkas.unit) unit(name);
  if (f.findings.length > 0) unit(main);
  for (const t of f.tables) {
    const u = unit(unitOf(t));
    u.tabel++;
    u.indikator += t.indicatorRows;
  }
  for (const x of f.findings) {
    berkas.temuan[x.severity]++;
    berkas.aturan[x.rule] = (berkas.aturan[x.rule] ?? 0) + 1;
    const u = unit(of(x));
    u.temuan[x.severity]++;
    u.aturan[x.rule] = (u.aturan[x.rule] ?? 0) + 1;
  }
  return { berkas, unit: [...units.values()], entri: [...(f.entri ?? [])] };
}

export class RekapBuilder {
  private readonly files: RekapBerkas[] = [];
  private readonly units = new Map<string, RekapUnit>();
  private readonly entri = new Set<string>();
  private unread = 0;

  constructor(private readonly katalog: Katalog) {}

  tidakTerbaca(): void {
    this.unread++;
  }

  add(f: BerkasDiperiksa): void {
    this.addBagian(rekapBagian(f));
  }

  /** Adds a file's share, computed where the file was checked (a worker thread). */
  addBagian(b: RekapBagian): void {
    for (const part of b.unit) {
      let u = this.units.get(part.unit);
      if (!u) {
        u = { unit: part.unit, berkas: 0, tabel: 0, indikator: 0, temuan: nol(), aturan: {} };
        this.units.set(part.unit, u);
      }
      u.berkas++;
      u.tabel += part.tabel;
      u.indikator += part.indikator;
      for (const s of ["error", "warning", "info"] as const) u.temuan[s] += part.temuan[s];
      for (const [r, n] of Object.entries(part.aturan)) u.aturan[r] = (u.aturan[r] ?? 0) + n;
    }
    for (const id of b.entri) this.entri.add(id);
    this.files.push(b.berkas);
  }

  result(): Rekap {
    const units = [...this.units.values()].sort((a, b) => a.unit.localeCompare(b.unit, "id"));
    const rules = new Map<string, { unit: number; temuan: number }>();
    for (const u of units)
      for (const [r, n] of Object.entries(u.aturan)) {
        const s = rules.get(r) ?? { unit: 0, temuan: 0 };
        s.unit++;
        s.temuan += n;
        rules.set(r, s);
      }
    const total = { berkas: this.files.length, tabel: 0, indikator: 0, temuan: nol() };
    for (const f of this.files) {
      total.tabel += f.tabel;
      total.indikator += f.indikator;
      for (const s of ["error", "warning", "info"] as const) total.temuan[s] += f.temuan[s];
    }
    return {
      berkas: this.files,
      unit: units,
      aturan: [...rules.entries()]
        .map(([aturan, s]) => ({ aturan, judul: RULE_TITLE[aturan as RuleId] ?? aturan, ...s }))
        .sort((a, b) => b.unit - a.unit || b.temuan - a.temuan || a.aturan.localeCompare(b.aturan)),
      unitKesalahan: units
        .filter((u) => u.temuan.error + u.temuan.warning > 0)
        .map((u) => ({ unit: u.unit, kesalahan: u.temuan.error, peringatan: u.temuan.warning }))
        .sort(
          (a, b) =>
            b.kesalahan - a.kesalahan ||
            b.peringatan - a.peringatan ||
            a.unit.localeCompare(b.unit, "id")
        ),
      ...this.cascade(),
      tidakTerbaca: this.unread,
      total,
    };
  }

  /** The kabupaten IKU in the files that no other unit's matched indicator supports. */
  private cascade(): Pick<Rekap, "ikuKabupatenTanpaDukungan"> {
    const entries = [...this.entri].flatMap((id) => this.katalog.entri(id) ?? []);
    const kab = entries.filter((e) => e.level === "iku-kabupaten");
    const others = entries.filter((e) => e.level !== "iku-kabupaten");
    if (kab.length === 0 || others.length === 0) return {};
    return {
      ikuKabupatenTanpaDukungan: kab
        .filter((k) => !others.some((o) => supports(this.katalog, o.id, k.id)))
        .map((k) => ({
          entri: k.id,
          ...(k.nomor ? { nomor: k.nomor } : {}),
          indikator: k.indikator,
        })),
    };
  }
}

function mostCommon(xs: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
