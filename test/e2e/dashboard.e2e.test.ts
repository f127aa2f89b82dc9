/*
 * The dashboard of `iki-cek periksa FOLDER --html` (issue #31) in Chromium: axe finds nothing
 * (WCAG 2.1 A/AA), its charts' numbers equal the JSON summary's, its tables sort and filter with
 * the page's own script running under its Content Security Policy (nothing else may run), each
 * file links to its findings, and it prints on A4.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Browser } from "playwright-core";
import { runCli } from "../support/cli";
import { launchChromium } from "../support/browser";

const AXE = require.resolve("axe-core/axe.min.js");
let browser: Browser;
const dir = mkdtempSync(path.join(os.tmpdir(), "dasbor-"));
const html = path.join(dir, "laporan.html");
let json: {
  rekap: {
    unit: Array<{ unit: string; temuan: { error: number; warning: number } }>;
    aturan: Array<{ judul: string; unit: number }>;
    berkas: unknown[];
  };
};

const cli = (args: string[]) => runCli(...args);

beforeAll(async () => {
  browser = await launchChromium();
  const folder = path.join(dir, "kabupaten");
  mkdirSync(path.join(folder, "Kec A"), { recursive: true });
  mkdirSync(path.join(folder, "Dinkes"), { recursive: true });
  await cli(["templat", "--unit", "kecamatan", "--jabatan", "kasi-pemerintahan", "--tahun", "2026", "-o", path.join(folder, "Kec A", "IKI Kasi.xlsx")]);
  await cli(["templat", "--unit", "kecamatan", "--jabatan", "sekretaris-kecamatan", "--tahun", "2026", "--kosong", "3", "-o", path.join(folder, "Kec A", "IKI Sekcam.xlsx")]);
  await cli(["templat", "--unit", "Dinas Kesehatan", "--tahun", "2026", "-o", path.join(folder, "Dinkes", "IKU.xlsx")]);
  copyFileSync(path.join(folder, "Kec A", "IKI Kasi.xlsx"), path.join(folder, "Kec A", "IKI Kasi salinan.xlsx"));
  writeFileSync(path.join(folder, "rusak.xlsx"), "bukan buku kerja");
  json = JSON.parse((await cli(["periksa", folder, "--json", "--html", html])).out);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("the review's dashboard", () => {
  it("passes axe, and its charts show the JSON summary's numbers", async () => {
    // axe is added as a script, which the page's policy refuses: this context bypasses it.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(pathToFileURL(html).href);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll("#grafik-unit g[data-baris]")].map((g) => ({
        unit: g.getAttribute("data-baris"),
        parts: Object.fromEntries([...g.querySelectorAll("rect")].map((r) => [r.getAttribute("data-nama"), Number(r.getAttribute("data-nilai"))])),
      }))
    );
    expect(bars).toEqual(
      json.rekap.unit.map((u) => ({
        unit: u.unit,
        parts: { ...(u.temuan.error ? { kesalahan: u.temuan.error } : {}), ...(u.temuan.warning ? { peringatan: u.temuan.warning } : {}) },
      }))
    );
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll("#grafik-aturan g[data-baris]")].map((g) => [g.getAttribute("data-baris"), Number(g.querySelector("rect")!.getAttribute("data-nilai"))])
    );
    expect(rules).toEqual(json.rekap.aturan.slice(0, 15).map((a) => [a.judul, a.unit]));
    await page.close();
  });

  it("sorts and filters with its own script under the page's policy, and links to each file", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(pathToFileURL(html).href);
    const rows = () => page.evaluate(() => [...document.querySelectorAll("#tabel-berkas tbody tr:not([hidden])")].map((r) => r.querySelector("td")!.textContent));
    const before = await rows();
    expect(before).toHaveLength(json.rekap.berkas.length);
    // Sorted by errors, most first.
    await page.locator("#tabel-berkas").getByRole("button", { name: "Kesalahan" }).click();
    const errorsCol = await page.evaluate(() => [...document.querySelectorAll<HTMLTableRowElement>("#tabel-berkas tbody tr")].map((r) => Number(r.cells[4].textContent)));
    expect(errorsCol).toEqual([...errorsCol].sort((a, b) => b - a));
    expect(await page.locator("#tabel-berkas").getByRole("button", { name: "Kesalahan" }).getAttribute("aria-sort")).toBe("descending");
    await page.locator('input[data-saring="tabel-berkas"]').fill("sekcam");
    expect(await rows()).toEqual([expect.stringMatching(/IKI Sekcam\.xlsx$/)]);
    // A file's link leads to its section of findings.
    const href = await page.locator("#tabel-berkas a").first().getAttribute("href");
    expect(await page.locator(href!).count()).toBe(1);
    expect(errors).toEqual([]);
    // Prints on A4, the filters left out.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});
