/**
 * The corpus of test/corpus (issue #11): each document's dokumen.json turned into an .xlsx the way
 * staff keep it (exceljs, merges included), read back by the same reader as `iki-cek periksa`, and
 * the validator's report scored against the reviewer's labels in harapan.json.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbookGrids } from "../../src/cli/workbookGrid";
import { Katalog } from "../../src/core/catalogue/katalog";
import { RuleId, RULES_BY_ID, SEVERITY, validateWorkbook, WorkbookReport } from "../../src/core/validate";

export const CORPUS_DIR = path.resolve(__dirname, "../corpus");

export interface CorpusDocument {
  id: string;
  dokumen: { sheets: Array<{ name: string; rows: Array<Array<string | number | null>>; merges?: string[] }> };
  harapan: {
    tables: Array<{ sheet: string; header: string; indicatorRows: number }>;
    findings: Array<{ sheet: string; cell: string; rule: string; reason: string }>;
  };
}

/** The batches the corpus grew in (test/corpus/kelompok.json), each with its documents. */
export interface Batch {
  nama: string;
  keterangan: string;
  dokumen: string[];
}
export function corpusBatches(): Batch[] {
  return (JSON.parse(readFileSync(path.join(CORPUS_DIR, "kelompok.json"), "utf8")) as { kelompok: Batch[] }).kelompok;
}

/** The corpus's documents, or only those of the given ids. */
export function corpusDocuments(only?: readonly string[]): CorpusDocument[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (!only || only.includes(d.name)))
    .map((d) => d.name)
    .sort()
    .map((id) => ({
      id,
      dokumen: JSON.parse(readFileSync(path.join(CORPUS_DIR, id, "dokumen.json"), "utf8")),
      harapan: JSON.parse(readFileSync(path.join(CORPUS_DIR, id, "harapan.json"), "utf8")),
    }));
}

/** Writes the document as an .xlsx in `dir`; returns the file. */
export async function corpusWorkbook(doc: CorpusDocument, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of doc.dokumen.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") {
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = v;
          if (typeof v === "string" && v.includes("\n")) cell.alignment = { wrapText: true };
        }
      })
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  const file = path.join(dir, `${doc.id}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

export interface Score {
  tablesExpected: number;
  tablesFound: number;
  /** Labelled findings found (same sheet, cell and rule). */
  labelled: number;
  recalled: number;
  /** Warning/error findings of the validator, and those a label confirms. */
  reported: number;
  confirmed: number;
  missedTables: string[];
  missedFindings: string[];
  /** Warning/error findings no label names ("doc sheet!cell rule"), and with their messages. */
  unlabelled: string[];
  unlabelledText: string[];
  /** The same counts per rule family. */
  byFamily: Record<Family, Counts>;
}

/** Families left out of the corpus score (scored elsewhere, see `serious` below). */
const UNSCORED = new Set<Family>(["lke"]);

/** Rule families the scores are given for (README, "Korpus"): every rule has one. */
export type Family =
  | "kolom"
  | "isian"
  | "rumus"
  | "katalog"
  | "nomor"
  | "ukur"
  | "cascading"
  | "skp"
  | "lke";
export const FAMILY: Record<RuleId, Family> = {
  "kolom-hilang": "kolom",
  "tabel-tanpa-indikator": "kolom",
  "tabel-tidak-dikenali": "kolom",
  "rumus-tidak-diperiksa": "kolom",
  "pj-kosong": "isian",
  "sumber-kosong": "isian",
  "rumus-kosong": "isian",
  "nilai-galat": "isian",
  "sumber-bukan-dokumen": "isian",
  "pj-beda-katalog": "isian",
  "persen-tanpa-penyebut": "rumus",
  "persen-tanpa-100": "rumus",
  "pembagi-rata-rata": "rumus",
  "kali-100-di-penyebut": "rumus",
  "kali-100-ganda": "rumus",
  "kurung-tidak-seimbang": "rumus",
  "basis-pertumbuhan-salah": "rumus",
  "pembilang-sama-penyebut": "rumus",
  "rumus-tidak-terbaca": "rumus",
  "rumus-tidak-sesuai": "katalog",
  "salah-ketik": "katalog",
  "indikator-tidak-dikenal": "katalog",
  "rumus-cacat-katalog": "katalog",
  "nomor-ganda": "nomor",
  "nomor-loncat": "nomor",
  "capaian-salah-hitung": "ukur",
  "capaian-dipotong": "ukur",
  "capaian-pecahan": "ukur",
  "ringkasan-salah-hitung": "ukur",
  "iku-tanpa-pendukung": "cascading",
  "iki-tanpa-induk": "cascading",
  "iki-ganda-jabatan": "cascading",
  "skp-rhk-tanpa-indikator": "skp",
  "indikator-keluaran": "lke",
  "sasaran-kegiatan": "lke",
  "target-seragam": "lke",
  "manual-kosong": "lke",
  "target-di-bawah-realisasi": "lke",
  "skp-tanpa-target": "skp",
  "skp-tanpa-perspektif": "skp",
  "target-absolut": "skp",
  "skp-isian": "skp",
  "skp-iki-tidak-cocok": "skp",
  "rhk-pimpinan-tak-dikenal": "skp",
  "iku-berganti": "lke",
  "indikator-tak-terukur": "lke",
};
export const FAMILIES = [...new Set(Object.values(FAMILY))];
export interface Counts {
  labelled: number;
  recalled: number;
  reported: number;
  confirmed: number;
}
/** A label may name a rule the registry does not have (yet): it counts, in no family's figure but the total. */
export const isRuleId = (rule: string): rule is RuleId => Object.hasOwn(RULES_BY_ID, rule);
const familyOf = (rule: string): Family | undefined => (isRuleId(rule) ? FAMILY[rule] : undefined);
const emptyFamilies = (): Record<Family, Counts> =>
  Object.fromEntries(FAMILIES.map((f) => [f, { labelled: 0, recalled: 0, reported: 0, confirmed: 0 }])) as Record<Family, Counts>;

export function score(doc: CorpusDocument, report: WorkbookReport): Score {
  const key = (sheet: string, cell: string, rule: string) => `${doc.id} ${sheet}!${cell} ${rule}`;
  // A table is found when a table is reported on the same sheet with its header on the same row
  // (the label's range spans every header cell; the report's, the recognised columns).
  const headerRow = (range: string) => range.match(/\d+/)![0];
  const foundTables = new Set(report.tables.map((t) => `${t.sheet}!${headerRow(t.header)}`));
  const missedTables = doc.harapan.tables.filter((t) => !foundTables.has(`${t.sheet}!${headerRow(t.header)}`)).map((t) => `${doc.id} ${t.sheet}!${t.header}`);
  // Labels and findings are matched one to one per sheet, cell and rule: two labels of one cell
  // (kolom-hilang for Sumber Data and for Penanggung Jawab) need two findings.
  const count = <T,>(items: T[], keyOf: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of items) m.set(keyOf(x), [...(m.get(keyOf(x)) ?? []), x]);
    return m;
  };
  const labels = count(doc.harapan.findings, (f) => key(f.sheet, f.cell, f.rule));
  const actual = count(report.findings, (f) => key(f.sheet, f.cell, f.rule));
  // The corpus was labelled for the rules up to issue #26; the LKE rules (issue #29) are scored
  // on their own labelled indicators (test/corpus/keluaran/labels.json), not counted here.
  const serious = report.findings.filter((f) => SEVERITY[f.rule] !== "info" && !UNSCORED.has(FAMILY[f.rule]));
  const seriousByKey = count(serious, (f) => key(f.sheet, f.cell, f.rule));
  const byFamily = emptyFamilies();
  const missedFindings: string[] = [];
  let labelled = 0;
  let recalled = 0;
  for (const [k, list] of labels) {
    const found = Math.min(list.length, actual.get(k)?.length ?? 0);
    labelled += list.length;
    recalled += found;
    for (let i = found; i < list.length; i++) missedFindings.push(k);
    const family = familyOf(k.split(" ").pop()!);
    if (!family) continue;
    byFamily[family].labelled += list.length;
    byFamily[family].recalled += found;
  }
  const unlabelled: string[] = [];
  const unlabelledText: string[] = [];
  let confirmed = 0;
  for (const [k, list] of seriousByKey) {
    const ok = Math.min(list.length, labels.get(k)?.length ?? 0);
    confirmed += ok;
    const fam = byFamily[FAMILY[list[0].rule]];
    fam.reported += list.length;
    fam.confirmed += ok;
    for (const f of list.slice(ok)) {
      unlabelled.push(k);
      unlabelledText.push(`${k}: ${f.message.slice(0, 120)}`);
    }
  }
  return {
    byFamily,
    tablesExpected: doc.harapan.tables.length,
    tablesFound: doc.harapan.tables.length - missedTables.length,
    labelled,
    recalled,
    reported: serious.length,
    confirmed,
    missedTables,
    missedFindings,
    unlabelled,
    unlabelledText,
  };
}

/** Builds, reads, validates and scores every document of the corpus (or those of the given ids). */
export async function scoreCorpus(katalog: Katalog, dir: string, only?: readonly string[]): Promise<{ perDocument: Array<[string, Score]>; total: Score }> {
  const perDocument: Array<[string, Score]> = [];
  for (const doc of corpusDocuments(only)) {
    const report = validateWorkbook(await readWorkbookGrids(await corpusWorkbook(doc, dir)), katalog);
    perDocument.push([doc.id, score(doc, report)]);
  }
  const total = perDocument.reduce<Score>(
    (t, [, s]) => ({
      byFamily: Object.fromEntries(
        FAMILIES.map((f) => [
          f,
          {
            labelled: t.byFamily[f].labelled + s.byFamily[f].labelled,
            recalled: t.byFamily[f].recalled + s.byFamily[f].recalled,
            reported: t.byFamily[f].reported + s.byFamily[f].reported,
            confirmed: t.byFamily[f].confirmed + s.byFamily[f].confirmed,
          },
        ])
      ) as Record<Family, Counts>,
      tablesExpected: t.tablesExpected + s.tablesExpected,
      tablesFound: t.tablesFound + s.tablesFound,
      labelled: t.labelled + s.labelled,
      recalled: t.recalled + s.recalled,
      reported: t.reported + s.reported,
      confirmed: t.confirmed + s.confirmed,
      missedTables: [...t.missedTables, ...s.missedTables],
      missedFindings: [...t.missedFindings, ...s.missedFindings],
      unlabelled: [...t.unlabelled, ...s.unlabelled],
      unlabelledText: [...t.unlabelledText, ...s.unlabelledText],
    }),
    { byFamily: emptyFamilies(), tablesExpected: 0, tablesFound: 0, labelled: 0, recalled: 0, reported: 0, confirmed: 0, missedTables: [], missedFindings: [], unlabelled: [], unlabelledText: [] }
  );
  return { perDocument, total };
}
