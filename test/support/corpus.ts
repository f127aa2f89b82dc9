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
import { SEVERITY, validateWorkbook, WorkbookReport } from "../../src/core/validate";

export const CORPUS_DIR = path.resolve(__dirname, "../corpus");

export interface CorpusDocument {
  id: string;
  dokumen: { sheets: Array<{ name: string; rows: Array<Array<string | null>>; merges?: string[] }> };
  harapan: {
    tables: Array<{ sheet: string; header: string; indicatorRows: number }>;
    findings: Array<{ sheet: string; cell: string; rule: string; reason: string }>;
  };
}

export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
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
          if (v.includes("\n")) cell.alignment = { wrapText: true };
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
  unlabelled: string[];
  /** The same counts per rule family. */
  byFamily: Record<Family, Counts>;
}

/** Rule families the scores are given for (README, "Korpus"). */
export const FAMILIES = {
  kolom: ["kolom-hilang", "tabel-tanpa-indikator"],
  isian: ["pj-kosong", "sumber-kosong", "rumus-kosong", "nilai-galat"],
  rumus: [
    "persen-tanpa-penyebut",
    "persen-tanpa-100",
    "pembagi-rata-rata",
    "kali-100-di-penyebut",
    "kali-100-ganda",
    "kurung-tidak-seimbang",
    "basis-pertumbuhan-salah",
    "pembilang-sama-penyebut",
  ],
  katalog: ["rumus-tidak-sesuai", "salah-ketik"],
  nomor: ["nomor-ganda", "nomor-loncat"],
} as const;
export type Family = keyof typeof FAMILIES;
export interface Counts {
  labelled: number;
  recalled: number;
  reported: number;
  confirmed: number;
}
const familyOf = (rule: string): Family =>
  (Object.keys(FAMILIES) as Family[]).find((f) => (FAMILIES[f] as readonly string[]).includes(rule)) ?? "rumus";
const emptyFamilies = (): Record<Family, Counts> =>
  Object.fromEntries((Object.keys(FAMILIES) as Family[]).map((f) => [f, { labelled: 0, recalled: 0, reported: 0, confirmed: 0 }])) as Record<Family, Counts>;

export function score(doc: CorpusDocument, report: WorkbookReport): Score {
  const key = (sheet: string, cell: string, rule: string) => `${doc.id} ${sheet}!${cell} ${rule}`;
  // A table is found when a table is reported on the same sheet with its header on the same row
  // (the label's range spans every header cell; the report's, the recognised columns).
  const headerRow = (range: string) => range.match(/\d+/)![0];
  const foundTables = new Set(report.tables.map((t) => `${t.sheet}!${headerRow(t.header)}`));
  const missedTables = doc.harapan.tables.filter((t) => !foundTables.has(`${t.sheet}!${headerRow(t.header)}`)).map((t) => `${doc.id} ${t.sheet}!${t.header}`);
  const actual = new Set(report.findings.map((f) => key(f.sheet, f.cell, f.rule)));
  const labels = new Set(doc.harapan.findings.map((f) => key(f.sheet, f.cell, f.rule)));
  const missedFindings = [...labels].filter((k) => !actual.has(k));
  const serious = report.findings.filter((f) => SEVERITY[f.rule] !== "info");
  const unlabelled = serious.filter((f) => !labels.has(key(f.sheet, f.cell, f.rule))).map((f) => `${key(f.sheet, f.cell, f.rule)}: ${f.message.slice(0, 120)}`);
  const byFamily = emptyFamilies();
  for (const k of labels) {
    const fam = byFamily[familyOf(k.split(" ").pop()!)];
    fam.labelled++;
    if (actual.has(k)) fam.recalled++;
  }
  for (const f of serious) {
    const fam = byFamily[familyOf(f.rule)];
    fam.reported++;
    if (labels.has(key(f.sheet, f.cell, f.rule))) fam.confirmed++;
  }
  return {
    byFamily,
    tablesExpected: doc.harapan.tables.length,
    tablesFound: doc.harapan.tables.length - missedTables.length,
    labelled: labels.size,
    recalled: labels.size - missedFindings.length,
    reported: serious.length,
    confirmed: serious.length - unlabelled.length,
    missedTables,
    missedFindings,
    unlabelled,
  };
}

/** Builds, reads, validates and scores every document of the corpus. */
export async function scoreCorpus(katalog: Katalog, dir: string): Promise<{ perDocument: Array<[string, Score]>; total: Score }> {
  const perDocument: Array<[string, Score]> = [];
  for (const doc of corpusDocuments()) {
    const report = validateWorkbook(await readWorkbookGrids(await corpusWorkbook(doc, dir)), katalog);
    perDocument.push([doc.id, score(doc, report)]);
  }
  const total = perDocument.reduce<Score>(
    (t, [, s]) => ({
      byFamily: Object.fromEntries(
        (Object.keys(FAMILIES) as Family[]).map((f) => [
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
    }),
    { byFamily: emptyFamilies(), tablesExpected: 0, tablesFound: 0, labelled: 0, recalled: 0, reported: 0, confirmed: 0, missedTables: [], missedFindings: [], unlabelled: [] }
  );
  return { perDocument, total };
}
