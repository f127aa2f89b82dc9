/**
 * The examples of a rule, as data: body rows of a standard IKI table, or a whole sheet. The test
 * of the rules (test/unit/validate/rules.test.ts) builds each into a grid and validates it.
 */
import { Grid, GridValue, MergedArea, parseRange } from "../../grid";
import { SKP_COLUMNS } from "../../template/skpTemplate";

export interface ExampleRow {
  no?: string;
  sasaran?: string;
  indikator: string;
  rumus?: string;
  /** Omitted: a document ("Laporan kegiatan"); "" for an empty cell. */
  sumber?: string;
  /** Omitted: a position ("Kepala Seksi Pemerintahan"); "" for an empty cell. */
  pj?: string;
  /** Adds a Satuan column to the table when any row has one. */
  satuan?: string;
}

/** A rule's examples: valid ones get no finding of the rule, invalid ones exactly the listed cells. */
export interface RuleExamples {
  valid: RuleExample[];
  invalid: RuleExample[];
}

export interface RuleExample {
  /** What the example shows (in the test's name). */
  name: string;
  /** Body rows under the header No | Sasaran | Indikator Kinerja | Rumus | Sumber Data | Penanggung Jawab [| Satuan] in row 1. */
  rows?: ExampleRow[];
  /** Or a whole sheet, row 1 first (null for an empty cell). */
  sheet?: (string | number | null)[][];
  /** Or a whole workbook (for the workbook-wide rules): its sheets, cells as in `sheet`. */
  workbook?: Array<{ name: string; sheet: (string | number | null)[][] }>;
  /** An earlier year's workbook to compare with (the comparison rules, `periksa --banding`). */
  lama?: Array<{ name: string; sheet: (string | number | null)[][] }>;
  /** Merged areas ("B2:B3"). */
  merges?: string[];
  /** Invalid examples: every cell where the rule must report, and no other ("Lembar!C5" in a workbook). */
  cells?: string[];
}

/** The header of an IKI table in the examples. */
export const EXAMPLE_HEADER = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Rumus",
  "Sumber Data",
  "Penanggung Jawab",
];
/** The header of a measurement table (Perjanjian Kinerja, LKjIP) for the capaian rules' sheets. */
export const MEASUREMENT_HEADER = [
  "No",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
];

const DEFAULT_SASARAN = "Meningkatnya kualitas pelayanan";
const DEFAULT_SUMBER = "Laporan kegiatan";
const DEFAULT_PJ = "Kepala Seksi Pemerintahan";

/**
 * A sheet of one position's IKI for the workbook examples: the title in row 1, "Jabatan" and the
 * position in row 2, the header in row 4 and the rows from row 5 (indicators in column C).
 */
export function positionSheet(jabatan: string, rows: ExampleRow[]): (string | number | null)[][] {
  const body = rows.map((r, i) => [
    r.no ?? String(i + 1),
    r.sasaran ?? DEFAULT_SASARAN,
    r.indikator,
    r.rumus ?? "Jumlah kegiatan",
    r.sumber ?? DEFAULT_SUMBER,
    r.pj ?? jabatan,
  ]);
  return [
    ["INDIKATOR KINERJA INDIVIDU (IKI)"],
    ["Jabatan", jabatan],
    [],
    [...EXAMPLE_HEADER],
    ...body,
  ];
}

/**
 * A sheet of a unit's IKU for the examples of the IKU-level rules: the title in row 1, the header
 * in row 3, one row per [sasaran, indikator] from row 4 (sasaran in column B, indicators in C).
 */
export function ikuSheet(rows: Array<[string, string]>): (string | number | null)[][] {
  return [
    ["INDIKATOR KINERJA UTAMA (IKU) DINAS CONTOH"],
    [],
    [...EXAMPLE_HEADER],
    ...rows.map(([sasaran, indikator], i) => [
      String(i + 1),
      sasaran,
      indikator,
      "Jumlah A / Jumlah B x 100%",
      "Laporan",
      "Kepala Dinas",
    ]),
  ];
}

/** One row of an SKP in the examples (JA layout unless `perspektif` is given). */
export interface SkpExampleRow {
  no?: string;
  perspektif?: string;
  rhkPimpinan?: string;
  rhk: string;
  aspek?: string;
  indikator: string;
  target?: string;
}

/**
 * A sheet of one position's SKP: the title in row 1, "Jabatan" and the position in row 2, the
 * header in row 4 (JA: No | RHK Pimpinan yang Diintervensi | Rencana Hasil Kerja | Aspek |
 * Indikator Kinerja Individu | Target; JPT: Perspektif instead of Aspek, second) and the rows
 * from row 5. A null cell is empty.
 */
export function skpSheet(
  jabatan: string,
  rows: SkpExampleRow[],
  pola: "ja" | "jpt" = "ja"
): (string | number | null)[][] {
  const header = [...SKP_COLUMNS[pola]];
  const orNull = (v: string | undefined) => (v === undefined || v === "" ? null : v);
  const body = rows.map((r, i) =>
    pola === "ja"
      ? [
          r.no ?? String(i + 1),
          orNull(r.rhkPimpinan),
          r.rhk,
          orNull(r.aspek),
          orNull(r.indikator),
          orNull(r.target),
        ]
      : [
          r.no ?? String(i + 1),
          orNull(r.perspektif),
          orNull(r.rhkPimpinan),
          r.rhk,
          orNull(r.indikator),
          orNull(r.target),
        ]
  );
  return [["SASARAN KINERJA PEGAWAI"], ["Jabatan", jabatan], [], header, ...body];
}

/** The grids of a workbook example (one per sheet), or the one grid of any other example. */
export function exampleGrids(example: RuleExample): Grid[] {
  if (!example.workbook) return [exampleGrid(example)];
  return example.workbook.map(({ name, sheet }) => ({
    ...exampleGrid({ name, sheet }),
    sheet: name,
  }));
}

export function exampleGrid(example: RuleExample): Grid {
  let values: GridValue[][];
  if (example.sheet) {
    values = example.sheet.map((row) => [...row]);
  } else {
    const rows = example.rows ?? [];
    const satuan = rows.some((r) => r.satuan !== undefined);
    values = [satuan ? [...EXAMPLE_HEADER, "Satuan"] : [...EXAMPLE_HEADER]];
    rows.forEach((r, i) => {
      const row: GridValue[] = [
        r.no ?? String(i + 1),
        r.sasaran ?? DEFAULT_SASARAN,
        r.indikator,
        r.rumus ?? "",
        r.sumber ?? DEFAULT_SUMBER,
        r.pj ?? DEFAULT_PJ,
      ];
      if (satuan) row.push(r.satuan ?? "");
      values.push(row.map((v) => (v === "" ? null : v)));
    });
  }
  const merges: MergedArea[] = (example.merges ?? []).map((m) => {
    const range = parseRange(m);
    if (!range) throw new Error(`Contoh aturan: rentang gabung tidak sah "${m}".`);
    return range;
  });
  return { sheet: "Contoh", origin: { row: 0, col: 0 }, values, merges };
}
