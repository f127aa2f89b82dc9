/**
 * A readiness summary for the SAKIP evaluation (issue #29), not a score: per table and per unit,
 * for each criterion of the evaluation sheet (LKE, PermenPAN-RB 88/2021) that the add-in's rules
 * look at, how many findings of those rules there are. "Tanpa temuan" says the rules found
 * nothing, not that the evaluators will agree; criteria the rules cannot judge are not listed.
 * No weights.
 */
import type { Finding, RuleId, TableSummary } from "./findings";
import { LKE_BUTIR, LkeButir } from "./lkeButir";
import { tableOfFinding } from "./tableCells";

export interface LkeKriteria {
  id: string;
  /** The criterion in the evaluation's words (perencanaan / pengukuran kinerja). */
  kriteria: string;
  /** A word for it in the text report's one line per table. */
  singkat: string;
  /** The LKE items it stands for. */
  butir: readonly LkeButir[];
  /** The rules whose findings speak to it. */
  aturan: readonly RuleId[];
  /** Judged only when the check compares with an earlier year's workbook (`--banding`). */
  banding?: true;
}

export const LKE_KRITERIA: readonly LkeKriteria[] = [
  {
    id: "sasaran-hasil",
    kriteria: "Tujuan dan sasaran berorientasi hasil",
    singkat: "sasaran",
    butir: [LKE_BUTIR.rumusanHasil],
    aturan: ["sasaran-kegiatan"],
  },
  {
    id: "indikator-hasil",
    kriteria: "Indikator kinerja terukur dan mengukur hasil",
    singkat: "indikator",
    butir: [LKE_BUTIR.smart],
    aturan: ["indikator-keluaran", "indikator-tak-terukur"],
  },
  {
    id: "iku-tetap",
    kriteria: "IKU tidak sering diganti dalam satu periode",
    singkat: "IKU tetap",
    butir: [LKE_BUTIR.ikuBerkelanjutan],
    aturan: ["iku-berganti"],
    banding: true,
  },
  {
    id: "target-menantang",
    kriteria: "Target dapat dicapai dan menantang",
    singkat: "target",
    butir: [LKE_BUTIR.targetMenantang],
    aturan: ["target-seragam", "target-di-bawah-realisasi"],
  },
  {
    id: "keselarasan",
    kriteria: "Kinerja tiap tingkat terhubung (IKU Kabupaten, IKU unit, IKI)",
    singkat: "keselarasan",
    butir: [LKE_BUTIR.cascading],
    aturan: ["iku-tanpa-pendukung", "iki-tanpa-induk"],
  },
  {
    id: "data-kinerja",
    kriteria: "Indikator memiliki definisi, cara mengukur, sumber data dan penanggung jawab",
    singkat: "data kinerja",
    butir: [LKE_BUTIR.definisiOperasional, LKE_BUTIR.pengumpulanData],
    aturan: ["manual-kosong", "rumus-kosong", "sumber-kosong", "pj-kosong", "kolom-hilang"],
  },
];

export interface KesiapanButir {
  id: string;
  kriteria: string;
  /** The LKE items' numbers ("1.2.5"). */
  lke: string[];
  temuan: number;
  contoh?: string;
}

export interface KesiapanTabel {
  sheet: string;
  header: string;
  jabatan?: string;
  unit?: string;
  butir: KesiapanButir[];
}

export interface KesiapanUnit {
  /** The unit's name, or "Unit tidak dikenali" for tables whose position was not read. */
  unit: string;
  tabel: number;
  /** Per criterion: findings in all the unit's tables, and in how many tables. */
  butir: Array<KesiapanButir & { tabelBertemuan: number }>;
}

/** The name under which tables of no known unit are summed. */
export const UNIT_TIDAK_DIKENALI = "Unit tidak dikenali";

/** The criteria judged for a report: the comparison one only when there was a comparison. */
export function kriteriaOf(banding: boolean): readonly LkeKriteria[] {
  return LKE_KRITERIA.filter((k) => banding || !k.banding);
}

/** Per table, the findings of each criterion's rules (the first one's message as an example). */
export function kesiapanLke(report: {
  tables: readonly TableSummary[];
  findings: readonly Finding[];
  /** The earlier workbook compared with, when there was one. */
  banding?: string;
}): KesiapanTabel[] {
  const kriteria = kriteriaOf(!!report.banding);
  return report.tables.map((t) => {
    const mine = report.findings.filter((f) => tableOfFinding([t], f) === t);
    return {
      sheet: t.sheet,
      header: t.header,
      ...(t.jabatan ? { jabatan: t.jabatan } : {}),
      ...(t.unit ? { unit: t.unit } : {}),
      butir: kriteria.map((k) => {
        const found = mine.filter((f) => k.aturan.includes(f.rule));
        return {
          id: k.id,
          kriteria: k.kriteria,
          lke: k.butir.map((b) => b.nomor),
          temuan: found.length,
          ...(found[0] ? { contoh: found[0].message } : {}),
        };
      }),
    };
  });
}

/** The tables' readiness summed per unit, in the order units first appear. */
export function kesiapanUnit(tables: readonly KesiapanTabel[]): KesiapanUnit[] {
  const byUnit = new Map<string, KesiapanUnit>();
  for (const t of tables) {
    const name = t.unit ?? UNIT_TIDAK_DIKENALI;
    const u: KesiapanUnit = byUnit.get(name) ?? {
      unit: name,
      tabel: 0,
      butir: t.butir.map(({ id, kriteria, lke }) => ({
        id,
        kriteria,
        lke,
        temuan: 0,
        tabelBertemuan: 0,
      })),
    };
    u.tabel++;
    for (const b of t.butir) {
      let sum = u.butir.find((x) => x.id === b.id);
      if (!sum) {
        // A criterion judged in this table's file only (the comparison): counted from here.
        sum = { id: b.id, kriteria: b.kriteria, lke: b.lke, temuan: 0, tabelBertemuan: 0 };
        u.butir.push(sum);
      }
      sum.temuan += b.temuan;
      if (b.temuan > 0) sum.tabelBertemuan++;
      if (!sum.contoh && b.contoh) sum.contoh = b.contoh;
    }
    byUnit.set(name, u);
  }
  return [...byUnit.values()];
}

/** "sasaran 0 · indikator 2 · ..." for the text report (the legend is kesiapanLegend). */
export function kesiapanLine(t: { butir: readonly KesiapanButir[] }): string {
  return t.butir
    .map((b) => `${LKE_KRITERIA.find((k) => k.id === b.id)!.singkat} ${b.temuan}`)
    .join(" · ");
}

/** What each word of kesiapanLine stands for, with the LKE items. */
export function kesiapanLegend(banding = false): string {
  return kriteriaOf(banding)
    .map((k) => `${k.singkat}: ${k.kriteria} (LKE ${k.butir.map((b) => b.nomor).join(", ")})`)
    .join("; ");
}
