/**
 * A readiness summary for the SAKIP evaluation (issue #29), not a score: per table, for each
 * criterion of the evaluation sheet (LKE, PermenPAN-RB 88/2021) that the add-in's rules look at,
 * how many findings of those rules the table has. "Tanpa temuan" says the rules found nothing, not
 * that the evaluators will agree; criteria the rules cannot judge are not listed. No weights.
 */
import type { Finding, RuleId, TableSummary } from "./findings";

export interface LkeKriteria {
  id: string;
  /** The criterion in the evaluation's words (perencanaan / pengukuran kinerja). */
  kriteria: string;
  /** A word for it in the text report's one line per table. */
  singkat: string;
  /** The rules whose findings speak to it. */
  aturan: readonly RuleId[];
}

export const LKE_KRITERIA: readonly LkeKriteria[] = [
  {
    id: "sasaran-hasil",
    kriteria: "Tujuan dan sasaran berorientasi hasil",
    singkat: "sasaran",
    aturan: ["sasaran-kegiatan"],
  },
  {
    id: "indikator-hasil",
    kriteria: "Indikator kinerja mengukur hasil",
    singkat: "indikator",
    aturan: ["indikator-keluaran"],
  },
  {
    id: "target-menantang",
    kriteria: "Target dapat dicapai dan menantang",
    singkat: "target",
    aturan: ["target-seragam", "target-di-bawah-realisasi"],
  },
  {
    id: "data-kinerja",
    kriteria: "Indikator memiliki definisi, cara mengukur, sumber data dan penanggung jawab",
    singkat: "data kinerja",
    aturan: ["manual-kosong", "rumus-kosong", "sumber-kosong", "pj-kosong", "kolom-hilang"],
  },
  {
    id: "keselarasan",
    kriteria: "Kinerja tiap tingkat terhubung (IKU Kabupaten, IKU unit, IKI)",
    singkat: "keselarasan",
    aturan: ["iku-tanpa-pendukung", "iki-tanpa-induk"],
  },
];

export interface KesiapanTabel {
  sheet: string;
  header: string;
  jabatan?: string;
  butir: Array<{ id: string; kriteria: string; temuan: number; contoh?: string }>;
}

/** Whether a finding lies in a table: its sheet, and a row from the header to the last row. */
function inTable(f: Finding, t: TableSummary): boolean {
  const headerRow = Number(/\d+$/.exec(t.header.split(":")[0])?.[0] ?? t.rows[0]);
  return f.sheet === t.sheet && f.row >= headerRow && f.row <= t.rows[1];
}

/** Per table, the findings of each criterion's rules (the first one's message as an example). */
export function kesiapanLke(report: {
  tables: readonly TableSummary[];
  findings: readonly Finding[];
}): KesiapanTabel[] {
  return report.tables.map((t) => {
    const mine = report.findings.filter((f) => inTable(f, t));
    return {
      sheet: t.sheet,
      header: t.header,
      ...(t.jabatan ? { jabatan: t.jabatan } : {}),
      butir: LKE_KRITERIA.map((k) => {
        const found = mine.filter((f) => k.aturan.includes(f.rule));
        return {
          id: k.id,
          kriteria: k.kriteria,
          temuan: found.length,
          ...(found[0] ? { contoh: found[0].message } : {}),
        };
      }),
    };
  });
}

/** "sasaran 0 · indikator 2 · ..." for the text report (the legend is kesiapanLegend). */
export function kesiapanLine(t: KesiapanTabel): string {
  return LKE_KRITERIA.map((k, i) => `${k.singkat} ${t.butir[i].temuan}`).join(" · ");
}

/** What each word of kesiapanLine stands for. */
export function kesiapanLegend(): string {
  return LKE_KRITERIA.map((k) => `${k.singkat}: ${k.kriteria}`).join("; ");
}
