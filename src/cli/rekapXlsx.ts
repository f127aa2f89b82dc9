/**
 * `periksa --xlsx REKAP.xlsx` (issue #31): the review as a workbook ready for a PivotTable. Sheet
 * "Rekap": one row per unit and file with their counts; sheet "Temuan": one row per finding
 * (unit, file, sheet, cell, rule, severity, message); sheet "Aturan": the rules by how many units
 * break them. Written by the core's own .xlsx writer (text always as text, header frozen and
 * filtered), the same one the catalogue export uses.
 */
import { fflateZip } from "../core/xlsx/fflateZip";
import { sheetsToXlsx } from "../core/xlsx/writeXlsx";
import type { SheetData } from "../core/catalogue/sheetLayout";
import { FileReport, RULE_TITLE, SEVERITY_LABEL } from "../core/validate";
import { Rekap, unitOfFinding } from "../core/validate/rekap";

export function rekapXlsx(rekap: Rekap, files: readonly FileReport[]): Uint8Array {
  const counts = ["Tabel", "Indikator", "Kesalahan", "Peringatan", "Info"];
  const rekapSheet: SheetData = {
    name: "Rekap",
    header: ["Jenis", "Unit", "Berkas", ...counts],
    rows: [
      ...rekap.unit.map((u) => [
        "unit",
        u.unit,
        u.berkas,
        u.tabel,
        u.indikator,
        u.temuan.error,
        u.temuan.warning,
        u.temuan.info,
      ]),
      ...rekap.berkas.map((f) => [
        "berkas",
        f.unit.join(", "),
        f.file,
        f.tabel,
        f.indikator,
        f.temuan.error,
        f.temuan.warning,
        f.temuan.info,
      ]),
    ],
    widths: [8, 32, 48, 8, 10, 10, 11, 8],
  };
  const rows: SheetData["rows"] = [];
  for (const f of files) {
    // The same unit the summary counts the finding for.
    const unit = unitOfFinding(f.tables);
    for (const x of f.findings) {
      rows.push([
        unit.of(x),
        f.file,
        x.sheet,
        x.cell,
        x.rule,
        SEVERITY_LABEL[x.severity],
        x.message.replace(/^[A-Z]+\d+: /, ""),
      ]);
    }
  }
  const findings: SheetData = {
    name: "Temuan",
    header: ["Unit", "Berkas", "Lembar", "Sel", "Aturan", "Tingkat", "Pesan"],
    rows,
    widths: [28, 40, 20, 8, 26, 12, 100],
  };
  const rules: SheetData = {
    name: "Aturan",
    header: ["Aturan", "Judul", "Unit", "Temuan"],
    rows: rekap.aturan.map((a) => [
      a.aturan,
      RULE_TITLE[a.aturan as keyof typeof RULE_TITLE] ?? a.judul,
      a.unit,
      a.temuan,
    ]),
    widths: [28, 44, 8, 10],
  };
  return sheetsToXlsx([rekapSheet, findings, rules], fflateZip, "Asisten IKI (iki-cek periksa)");
}
