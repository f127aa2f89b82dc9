/**
 * Every table of a sheet in both shapes, in sheet order: tables of rows under a header
 * (detectTables.ts) and indicator records written one field per row (records.ts). What is left,
 * blocks of text that neither reads, is reported by `tabel-tidak-dikenali` (textBlocks.ts):
 * nothing is skipped silently.
 */
import { GridReader } from "../grid";
import { ColumnRole } from "./columnVocabulary";
import { DetectedTable, detectTables, RejectedHeader, tableRows } from "./detectTables";
import { findRecords, RecordGroup } from "./records";
import { unreadBlocks } from "./textBlocks";

function recordTable(group: RecordGroup): DetectedTable {
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const record of group.records)
    for (const role of Object.keys(record.cells) as ColumnRole[]) columns[role] = group.labelCol;
  const first = group.records[0].anchor;
  return {
    bentuk: "rekaman",
    headerRow: group.firstRow,
    lastHeaderRow: first.r,
    firstCol: group.labelCol,
    lastCol: group.lastCol,
    columns,
    measures: [],
    bodyRows: [first.r],
    ringkasan: [],
    records: group.records,
    dugaan: [],
    jenis: "indikator",
  };
}

/**
 * The tables of a grid, in the order of their header rows; header-like rows and blocks of text
 * that make no table are added to `rejected` when given.
 */
export function findTables(reader: GridReader, rejected?: RejectedHeader[]): DetectedTable[] {
  const rowTables = detectTables(reader, rejected);
  const taken = new Uint8Array(reader.rowCount);
  for (const t of rowTables) {
    const [from, to] = tableRows(t);
    taken.fill(1, from, to + 1);
  }
  const records = findRecords(reader, (r) => taken[r] === 1).map(recordTable);
  const tables = [...rowTables, ...records].sort(
    (a, b) => a.headerRow - b.headerRow || a.firstCol - b.firstCol
  );
  if (rejected) {
    // A header-like line inside a record ("Satuan : kegiatan") is one of its fields, not a table.
    const inRecord = (row: number) =>
      records.some((t) => row >= t.headerRow && row <= tableRows(t)[1]);
    for (let i = rejected.length - 1; i >= 0; i--)
      if (rejected[i].lastRow === undefined && inRecord(rejected[i].row)) rejected.splice(i, 1);
    for (const block of unreadBlocks(reader, tables, rejected)) rejected.push(block);
    rejected.sort((a, b) => a.row - b.row || a.firstCol - b.firstCol);
  }
  return tables;
}
