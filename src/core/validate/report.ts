/**
 * Readable reports of validation results (plain text for the terminal, self-contained HTML for
 * sending back to a kecamatan). Pure string building; the CLI writes them.
 */
import { escapeMarkup } from "../printable";
import { LABEL_TINGKAT } from "../glossary";
import { Finding, RULE_TITLE, RuleId, Severity, TableSummary } from "./findings";
import type { Rekap } from "./rekap";
import { dashboardHtml, DASHBOARD_SCRIPT_SHA256 } from "./dashboard";
import {
  kesiapanLegend,
  kesiapanLine,
  kesiapanLke,
  kesiapanUnit,
  kriteriaOf,
  KesiapanTabel,
} from "./kesiapanLke";

export interface FileReport {
  file: string;
  tables: TableSummary[];
  findings: Finding[];
  /** The earlier year's workbook it was compared with (`periksa --banding`), by name. */
  banding?: string;
}

/** Every file's tables' readiness, for the summary per unit. */
function allKesiapan(files: readonly FileReport[]): KesiapanTabel[] {
  return files.flatMap((f) => kesiapanLke(f));
}

export const SEVERITY_LABEL: Record<Severity, string> = LABEL_TINGKAT;
const ORDER: Severity[] = ["error", "warning", "info"];

/**
 * Findings listed per rule and sheet in the text report, and per rule in the HTML report: a
 * 120,000-row sheet can have hundreds of thousands, which no one reads in a terminal; the counts
 * stay whole and --json lists every finding.
 */
export const TEXT_LIMIT = 200;
export const HTML_LIMIT = 1000;

export function counts(findings: Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function summaryLine(findings: Finding[], tables: number): string {
  const c = counts(findings);
  return `${tables} tabel, ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} info.`;
}

/** Findings grouped by severity, then rule, in a stable order. */
export function groupFindings(
  findings: Finding[]
): Array<{ severity: Severity; rule: RuleId; items: Finding[] }> {
  // One pass into buckets (a filter per rule was quadratic on 480,000 findings).
  const buckets = new Map<Severity, Map<RuleId, Finding[]>>(ORDER.map((s) => [s, new Map()]));
  for (const f of findings) {
    const byRule = buckets.get(f.severity)!;
    const items = byRule.get(f.rule);
    if (items) items.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups: Array<{ severity: Severity; rule: RuleId; items: Finding[] }> = [];
  for (const severity of ORDER) {
    const byRule = buckets.get(severity)!;
    for (const rule of [...byRule.keys()].sort()) {
      groups.push({ severity, rule, items: byRule.get(rule)! });
    }
  }
  return groups;
}

/** The text report of one file (iki-cek periksa prints each as soon as it is checked). */
export function textFileReport(f: FileReport): string {
  const out: string[] = [];
  out.push(`== ${f.file} ==`);
  const bySheet = new Map<string, Finding[]>();
  for (const x of f.findings) {
    const list = bySheet.get(x.sheet);
    if (list) list.push(x);
    else bySheet.set(x.sheet, [x]);
  }
  const sheets = [...new Set([...f.tables.map((t) => t.sheet), ...bySheet.keys()])];
  if (f.tables.length === 0)
    out.push("  Tidak ditemukan tabel IKI/IKU (baris judul No | Sasaran | Indikator | Rumus ...).");
  for (const sheet of sheets) {
    const tables = f.tables.filter((t) => t.sheet === sheet);
    out.push(
      `-- Lembar "${sheet}": ${tables.length} tabel ${tables.map((t) => `${t.header} (baris ${t.rows[0]}-${t.rows[1]}, ${t.indicatorRows} ${t.bentuk === "rekaman" ? "rekaman indikator" : "indikator"})`).join(", ")}`
    );
    for (const t of tables) for (const d of t.dugaan ?? []) out.push(`  Tabel ${t.header}: ${d}.`);
    for (const g of groupFindings(bySheet.get(sheet) ?? [])) {
      out.push(
        `  [${SEVERITY_LABEL[g.severity]}] ${RULE_TITLE[g.rule]} (${g.rule}): ${g.items.length}`
      );
      for (const item of g.items.slice(0, TEXT_LIMIT)) {
        out.push(
          `    ${item.message}${item.suggestion ? `\n      Saran: ${item.suggestion}` : ""}`
        );
      }
      if (g.items.length > TEXT_LIMIT)
        out.push(
          `    ... dan ${(g.items.length - TEXT_LIMIT).toLocaleString("id-ID")} temuan lain dari aturan ini di lembar ini (semuanya ada di keluaran --json).`
        );
    }
  }
  if (f.tables.length > 0) {
    // What the SAKIP evaluation looks at in these tables: findings per criterion, no score.
    out.push(
      `  Kesiapan evaluasi AKIP (LKE), jumlah temuan per kriteria, bukan skor (${kesiapanLegend(!!f.banding)}):`
    );
    for (const k of kesiapanLke(f)) out.push(`    ${k.sheet} ${k.header}: ${kesiapanLine(k)}.`);
  }
  out.push(`Ringkasan ${f.file}: ${summaryLine(f.findings, f.tables.length)}`);
  out.push("");
  return out.join("\n") + "\n";
}

/** What closes the text report: readiness per unit, the review's summary, the total. */
export function textClosing(end: {
  kesiapan: readonly KesiapanTabel[];
  files: number;
  tables: number;
  counts: Record<Severity, number>;
  rekap?: Rekap;
}): string {
  const out: string[] = [];
  const units = kesiapanUnit(end.kesiapan);
  if (units.length > 0) {
    out.push(
      `Kesiapan evaluasi AKIP per unit (jumlah temuan per kriteria, dalam berapa tabel; bukan skor):`
    );
    for (const u of units)
      out.push(
        `  ${u.unit} (${u.tabel} tabel): ${kesiapanLine(u)}${u.butir.some((b) => b.temuan > 0) ? "" : " (tanpa temuan)"}.`
      );
    out.push("");
  }
  if (end.rekap) out.push(...rekapLines(end.rekap), "");
  if (end.files > 1) {
    const c = end.counts;
    out.push(
      `Total ${end.files} berkas: ${end.tables} tabel, ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} info.`
    );
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** The review's summary as text lines: per unit, the rules most units break, the cascade. */
function rekapLines(r: Rekap): string[] {
  const out = [`Rekap per unit (${r.unit.length} unit, ${r.total.berkas} berkas):`];
  for (const u of r.unit)
    out.push(
      `  ${u.unit}: ${u.berkas} berkas, ${u.tabel} tabel, ${u.indikator} indikator; ${u.temuan.error} kesalahan, ${u.temuan.warning} peringatan, ${u.temuan.info} info.`
    );
  if (r.aturan.length > 0) {
    out.push("Aturan yang paling banyak dilanggar (jumlah unit, jumlah temuan):");
    for (const a of r.aturan.slice(0, 10))
      out.push(`  ${a.judul} (${a.aturan}): ${a.unit} unit, ${a.temuan} temuan.`);
  }
  if (r.unitKesalahan.length > 0) {
    out.push("Unit dengan kesalahan terbanyak:");
    for (const u of r.unitKesalahan.slice(0, 10))
      out.push(`  ${u.unit}: ${u.kesalahan} kesalahan, ${u.peringatan} peringatan.`);
  }
  if (r.ikuKabupatenTanpaDukungan) {
    out.push(
      r.ikuKabupatenTanpaDukungan.length === 0
        ? "Setiap IKU Kabupaten di berkas ini didukung indikator unit lain (menurut tautan induk katalog)."
        : "IKU Kabupaten yang tidak didukung indikator unit mana pun di berkas ini (menurut tautan induk katalog):"
    );
    for (const k of r.ikuKabupatenTanpaDukungan)
      out.push(`  ${k.nomor ? `IKU ${k.nomor} ` : ""}"${k.indikator}"`);
  }
  if (r.tidakTerbaca > 0) out.push(`${r.tidakTerbaca} berkas tidak dapat dibaca (lihat pesannya).`);
  return out;
}

export function textReport(files: FileReport[]): string {
  const c = counts(files.flatMap((f) => f.findings));
  return (
    files.map(textFileReport).join("") +
    textClosing({
      kesiapan: allKesiapan(files),
      files: files.length,
      tables: files.reduce((n, f) => n + f.tables.length, 0),
      counts: c,
    })
  );
}

/** HTML-escaped, with control characters and bidi marks shown as escapes (printable.ts). */
const esc = escapeMarkup;

export function htmlReport(
  files: FileReport[],
  generatedAt: Date,
  katalog: string,
  rekap?: Rekap
): string {
  const sections = files
    .map((f, index) => {
      const c = counts(f.findings);
      const groups = groupFindings(f.findings)
        .map(
          (
            g
          ) => `<h3 class="${g.severity}">${SEVERITY_LABEL[g.severity]}: ${esc(RULE_TITLE[g.rule])} <small>(${g.rule}, ${g.items.length})</small></h3>
<table><thead><tr><th>Lembar</th><th>Sel</th><th>Temuan</th><th>Saran</th></tr></thead><tbody>
${g.items
  .slice(0, HTML_LIMIT)
  .map(
    (i) =>
      `<tr><td><bdi>${esc(i.sheet)}</bdi></td><td>${esc(i.cell)}</td><td>${esc(i.message.replace(/^[A-Z]+\d+: /, ""))}</td><td>${esc(i.suggestion ?? "")}</td></tr>`
  )
  .join(
    "\n"
  )}${g.items.length > HTML_LIMIT ? `\n<tr><td colspan="4">... dan ${(g.items.length - HTML_LIMIT).toLocaleString("id-ID")} temuan lain dari aturan ini (semuanya ada di keluaran --json).</td></tr>` : ""}
</tbody></table>`
        )
        .join("\n");
      const tables = f.tables
        .map(
          (t) =>
            `<li><bdi>${esc(t.sheet)}</bdi> ${esc(t.header)}, baris ${t.rows[0]}-${t.rows[1]}, ${t.indicatorRows} ${t.bentuk === "rekaman" ? "rekaman indikator" : "indikator"}${(t.dugaan ?? []).map((d) => `<br><small>${esc(d)}</small>`).join("")}</li>`
        )
        .join("");
      const kesiapan = kesiapanLke(f);
      const lke = kesiapan.length
        ? `<p>Kesiapan evaluasi AKIP (LKE PermenPAN-RB 88/2021): jumlah temuan per kriteria, bukan skor.</p>
<table><thead><tr><th>Tabel</th>${kriteriaHeads(!!f.banding)}</tr></thead><tbody>
${kesiapan
  .map(
    (k) =>
      `<tr><td><bdi>${esc(k.sheet)}</bdi> ${esc(k.header)}</td>${k.butir.map((b) => `<td class="${b.temuan ? "warning" : ""}">${b.temuan === 0 ? "tanpa temuan" : `${b.temuan} temuan`}</td>`).join("")}</tr>`
  )
  .join("\n")}
</tbody></table>`
        : "";
      return `<section id="berkas-${index}"><h2><bdi>${esc(f.file)}</bdi></h2>
<p class="summary"><span class="error">${c.error} kesalahan</span> · <span class="warning">${c.warning} peringatan</span> · <span class="info">${c.info} info</span></p>
<p>Tabel ditemukan:</p><ul>${tables || "<li>tidak ada</li>"}</ul>
${lke}
${groups || "<p>Tidak ada temuan.</p>"}</section>`;
    })
    .join("\n");
  const units = kesiapanUnit(allKesiapan(files));
  const perUnit = units.length
    ? `<section><h2>Kesiapan evaluasi AKIP per unit</h2>
<p>Jumlah temuan per kriteria di semua tabel unit itu (dalam berapa tabel); bukan skor. "Tanpa temuan" berarti aturan tidak menemukan apa pun.</p>
<table><thead><tr><th>Unit</th><th>Tabel</th>${kriteriaHeads(files.some((f) => f.banding))}</tr></thead><tbody>
${units
  .map(
    (u) =>
      `<tr><td><bdi>${esc(u.unit)}</bdi></td><td>${u.tabel}</td>${u.butir.map((b) => `<td class="${b.temuan ? "warning" : ""}">${b.temuan === 0 ? "tanpa temuan" : `${b.temuan} temuan (${b.tabelBertemuan} tabel)`}</td>`).join("")}</tr>`
  )
  .join("\n")}
</tbody></table></section>`
    : "";
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Laporan pemeriksaan IKI/IKU</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${DASHBOARD_SCRIPT_SHA256}'">
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:75rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:2px solid #166e3e;padding-bottom:.2rem}
h3{font-size:1rem;margin-top:1.2rem}h3 small{font-weight:normal;color:#555}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#e8f1ec}td,bdi{unicode-bidi:isolate}.error{color:#a4262c}.warning{color:#8a5300}.info{color:#0b5a8a}.summary{font-weight:600}
footer{margin-top:2rem;color:#555;font-size:.85rem}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:left}
th button[aria-sort=descending]::after{content:" ▼"}th button[aria-sort=ascending]::after{content:" ▲"}
.grafik{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600;margin:.5rem 0}
@page{size:A4;margin:12mm}
@media print{body{margin:0;max-width:none}.filter{display:none}section{break-inside:auto}h2{break-after:avoid}svg{max-width:100%;height:auto}}
</style></head><body>
<h1>Laporan pemeriksaan tabel IKI/IKU</h1>
<p>Dibuat oleh Asisten IKI (iki-cek periksa) pada ${esc(generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC, terhadap katalog ${esc(katalog)}.
Kesalahan harus diperbaiki; peringatan perlu diperiksa; info adalah catatan yang bisa saja sudah benar.</p>
${rekap && rekap.total.berkas + rekap.tidakTerbaca > 1 ? dashboardHtml(rekap) : ""}
${perUnit}
${sections}
<footer>Kabupaten Lumajang · Asisten IKI</footer>
</body></html>
`;
}

/** The readiness table's criterion headings, with their LKE items. */
function kriteriaHeads(banding: boolean): string {
  return kriteriaOf(banding)
    .map(
      (k) =>
        `<th>${esc(k.kriteria)} <small>(LKE ${k.butir.map((b) => b.nomor).join(", ")})</small></th>`
    )
    .join("");
}

/** The findings of one rule in one column of one sheet ("Sumber Data kosong: 100 baris"). */
export interface ColumnGroup {
  sheet: string;
  /** Column letters ("F"); "" for a finding without a cell address. */
  column: string;
  items: Finding[];
}

/** A rule's findings split per sheet and column, in the order they first appear. */
export function groupByColumn(items: Finding[]): ColumnGroup[] {
  const groups = new Map<string, ColumnGroup>();
  for (const f of items) {
    const column = /^\$?([A-Z]{1,3})\$?\d/.exec(f.cell)?.[1] ?? "";
    const key = `${f.sheet}\u0000${column}`;
    const g = groups.get(key);
    if (g) g.items.push(f);
    else groups.set(key, { sheet: f.sheet, column, items: [f] });
  }
  return [...groups.values()];
}

/** A message as a sentence: its first letter a capital ("rumus kosong." -> "Rumus kosong."). */
export function asSentence(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
