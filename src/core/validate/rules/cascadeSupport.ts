/** Helpers shared by the workbook-wide (cascading) rules. */
import { ikuOf, supports } from "../../catalogue/cascading";
import type { Katalog } from "../../catalogue/katalog";
import { normaliseText } from "../../catalogue/normalise";
import type { Entri, Jabatan } from "../../catalogue/types";
import type { IndicatorRef } from "../findings";
import type { PositionTable, WorkbookScope } from "./types";
import { headerCell } from "../tableCells";

/** The first cell of a position's table header, where a finding about the whole table goes. */
export function tableAt(t: PositionTable): { sheet: string; cell: string; row: number } {
  return headerCell(t.table);
}

/** What makes two rows the same indicator: the catalogue entry, else the normalised wording. */
export function indicatorKey(row: IndicatorRef): string {
  return row.entri ? `entri:${row.entri}` : `teks:${normaliseText(row.indikator)}`;
}

/** Whether a row carries `iku` (the IKU itself, or an entry whose induk chain reaches it). */
export function carries(katalog: Katalog, row: IndicatorRef, iku: Entri): boolean {
  return !!row.entri && supports(katalog, row.entri, iku.id);
}

/** The unit's IKU a row supports, if any. */
export function ikuCarried(scope: WorkbookScope, row: IndicatorRef): Entri | undefined {
  return ikuOf(scope.katalog, scope.unit.id).find((iku) => carries(scope.katalog, row, iku));
}

/** A sheet/cell reference as staff read it: `lembar "IKI Kasi", sel C12`. */
export function where(at: { sheet: string; cell: string }): string {
  return `lembar "${at.sheet}", sel ${at.cell}`;
}

/** The table of a position in the workbook, when it has one. */
export function tableOf(
  scope: WorkbookScope,
  jabatan: Jabatan | undefined
): PositionTable | undefined {
  return jabatan ? scope.tables.find((t) => t.jabatan.id === jabatan.id) : undefined;
}

/** Every table of a position (its IKI may be split over several sheets or tables). */
export function tablesOf(scope: WorkbookScope, jabatan: Jabatan | undefined): PositionTable[] {
  return jabatan ? scope.tables.filter((t) => t.jabatan.id === jabatan.id) : [];
}
