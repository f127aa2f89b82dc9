/**
 * The dashboard on top of the HTML report of a review of many files (issue #31): totals, bar
 * charts per unit and per rule drawn as inline SVG (no library, no network), and the tables per
 * unit and per file, sortable by any column and filterable, each file linking down to its
 * findings. One self-contained page that prints on A4.
 */
import { escapeMarkup as esc } from "../printable";
import type { Rekap } from "./rekap";

/**
 * The page's only script: sorting and filtering the tables. Its SHA-256 is in the page's Content
 * Security Policy, so no other script can run there, even one a workbook's text smuggled in
 * (test/unit/validate/dashboard.test.ts checks the hash).
 */
export const DASHBOARD_SCRIPT = `document.querySelectorAll("table.urut").forEach(function (table) {
  table.querySelectorAll("th button").forEach(function (b) {
    b.addEventListener("click", function () {
      var col = Number(b.dataset.kolom), body = table.tBodies[0];
      var down = b.getAttribute("aria-sort") !== "descending";
      table.querySelectorAll("th button").forEach(function (x) { x.removeAttribute("aria-sort"); });
      b.setAttribute("aria-sort", down ? "descending" : "ascending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (x, y) {
        var a = x.cells[col].textContent, c = y.cells[col].textContent;
        var n = Number(a) - Number(c);
        var d = isNaN(n) ? a.localeCompare(c, "id") : n;
        return down ? -d : d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
document.querySelectorAll("input[data-saring]").forEach(function (input) {
  input.addEventListener("input", function () {
    var q = input.value.toLowerCase();
    var table = document.getElementById(input.dataset.saring);
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      row.hidden = q !== "" && row.textContent.toLowerCase().indexOf(q) < 0;
    });
  });
});
`;
export const DASHBOARD_SCRIPT_SHA256 = "ZVEaz1dMKnwmRe9j0zTIvLnH6sAU9rG+651TENu8uAo=";

const BAR_HEIGHT = 16;
const LABEL = 190;
const WIDTH = 640;

/** A horizontal bar chart: one row per item, its parts stacked, their numbers at the end. */
function bars(
  id: string,
  title: string,
  rows: Array<{ label: string; parts: Array<{ value: number; color: string; name: string }> }>
): string {
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const scale = (WIDTH - LABEL - 60) / max;
  const height = rows.length * (BAR_HEIGHT + 6) + 4;
  const body = rows
    .map((r, i) => {
      const y = i * (BAR_HEIGHT + 6) + 2;
      let x = LABEL;
      const rects = r.parts
        .filter((p) => p.value > 0)
        .map((p) => {
          const w = p.value * scale;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${p.color}" data-nama="${esc(p.name)}" data-nilai="${p.value}"><title>${esc(`${r.label}: ${p.value} ${p.name}`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      const label = r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label;
      const sum = r.parts.reduce((s, p) => s + p.value, 0);
      return `<g data-baris="${esc(r.label)}"><text x="${LABEL - 6}" y="${y + 12}" text-anchor="end">${esc(label)}</text>${rects}<text x="${(x + 4).toFixed(1)}" y="${y + 12}">${sum}</text></g>`;
    })
    .join("\n");
  return `<figure><figcaption>${esc(title)}</figcaption>
<svg id="${id}" role="img" aria-label="${esc(title)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-size="11" font-family="Arial, sans-serif">${body}</svg></figure>`;
}

const RED = "#a4262c";
const ORANGE = "#c55a00";
const GREEN = "#166e3e";

export function dashboardHtml(r: Rekap): string {
  const t = r.total;
  const perUnit = bars(
    "grafik-unit",
    "Kesalahan dan peringatan per unit",
    r.unit.map((u) => ({
      label: u.unit,
      parts: [
        { value: u.temuan.error, color: RED, name: "kesalahan" },
        { value: u.temuan.warning, color: ORANGE, name: "peringatan" },
      ],
    }))
  );
  const perRule = bars(
    "grafik-aturan",
    "Aturan menurut jumlah unit yang melanggarnya",
    r.aturan.slice(0, 15).map((a) => ({
      label: a.judul,
      parts: [{ value: a.unit, color: GREEN, name: "unit" }],
    }))
  );
  const unitRows = r.unit
    .map(
      (u) =>
        `<tr><td><bdi>${esc(u.unit)}</bdi></td><td>${u.berkas}</td><td>${u.tabel}</td><td>${u.indikator}</td><td>${u.temuan.error}</td><td>${u.temuan.warning}</td><td>${u.temuan.info}</td></tr>`
    )
    .join("\n");
  const fileRows = r.berkas
    .map(
      (f, i) =>
        `<tr><td><a href="#berkas-${i}"><bdi>${esc(f.file)}</bdi></a></td><td><bdi>${esc(f.unit.join(", "))}</bdi></td><td>${f.tabel}</td><td>${f.indikator}</td><td>${f.temuan.error}</td><td>${f.temuan.warning}</td><td>${f.temuan.info}</td></tr>`
    )
    .join("\n");
  const head = (first: string[]) =>
    [...first, "Tabel", "Indikator", "Kesalahan", "Peringatan", "Info"]
      .map((h, i) => `<th><button type="button" data-kolom="${i}">${h}</button></th>`)
      .join("");
  const kab = r.ikuKabupatenTanpaDukungan;
  const cascade = kab
    ? `<h3>IKU Kabupaten tanpa dukungan unit</h3>${
        kab.length === 0
          ? "<p>Setiap IKU Kabupaten di berkas ini didukung indikator unit lain (menurut tautan induk katalog).</p>"
          : `<ul>${kab.map((k) => `<li>${k.nomor ? `IKU ${esc(k.nomor)} ` : ""}${esc(k.indikator)}</li>`).join("")}</ul>`
      }`
    : "";
  return `<section id="dasbor"><h2>Ringkasan ${t.berkas} berkas</h2>
<p class="summary">${t.tabel} tabel · ${t.indikator} indikator · <span class="error">${t.temuan.error} kesalahan</span> · <span class="warning">${t.temuan.warning} peringatan</span> · <span class="info">${t.temuan.info} info</span>${r.tidakTerbaca ? ` · ${r.tidakTerbaca} berkas tidak terbaca` : ""}</p>
<div class="grafik">${perUnit}${perRule}</div>
${cascade}
<h3>Per unit</h3>
<p class="filter"><label>Saring: <input type="search" data-saring="tabel-unit"></label></p>
<table id="tabel-unit" class="urut"><thead><tr>${head(["Unit", "Berkas"])}</tr></thead><tbody>
${unitRows}
</tbody></table>
<h3>Per berkas</h3>
<p class="filter"><label>Saring: <input type="search" data-saring="tabel-berkas"></label></p>
<table id="tabel-berkas" class="urut"><thead><tr>${head(["Berkas", "Unit"])}</tr></thead><tbody>
${fileRows}
</tbody></table>
<script>${DASHBOARD_SCRIPT}</script></section>`;
}
