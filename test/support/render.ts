/**
 * Renders .xlsx files the way an independent program prints them: LibreOffice headless converts
 * to PDF, poppler's pdftotext gives every word's box, pdftoppm the pages as images. For the
 * rendering test (npm run test:render; .ci/run installs libreoffice-calc-nogui, poppler-utils
 * and fonts-crosextra-carlito from Debian).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

/** The LibreOffice binary, or undefined when it is not installed. */
export function soffice(): string | undefined {
  for (const bin of ["soffice", "libreoffice"]) {
    const r = spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** Converts .xlsx files to PDF in `outDir` (one LibreOffice run); returns the PDF paths. */
export function toPdf(files: string[], outDir: string): string[] {
  convert(files, "pdf", outDir);
  const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  for (const p of pdfs) if (!existsSync(p)) throw new Error(`LibreOffice tidak menulis ${p}.`);
  return pdfs;
}

/**
 * Converts an .xlsx to CSV with LibreOffice, one file per sheet ("<name>-<Sheet>.csv", UTF-8,
 * comma-separated, all sheets); returns the sheet names' CSV paths.
 */
export function toCsvSheets(file: string, outDir: string): Record<string, string> {
  // Filter options: comma, double quote, UTF-8 (76), from row 1, ..., sheet -1 (each sheet).
  convert([file], "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", outDir);
  const base = path.basename(file, path.extname(file));
  const out: Record<string, string> = {};
  for (const f of readdirSync(outDir))
    if (f.startsWith(`${base}-`) && f.endsWith(".csv"))
      out[f.slice(base.length + 1, -4)] = path.join(outDir, f);
  return out;
}

/** Converts files with LibreOffice headless (`--convert-to target`) into `outDir`. */
function convert(files: string[], target: string, outDir: string): void {
  const bin = soffice();
  if (!bin) throw new Error("LibreOffice (soffice) tidak terpasang.");
  // A private profile: parallel runs and a user's own LibreOffice do not interfere.
  const profile = warmProfile(bin);
  execFileSync(
    bin,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", target, "--outdir", outDir, ...files],
    { stdio: "ignore", timeout: 120_000 }
  );
}

/**
 * A LibreOffice profile that has been started once: the first start of a profile creates it and
 * scans the fonts, and a conversion made during that first start is what once printed with
 * fallback fonts on a fresh machine. The real conversions wait for this one to end.
 */
function warmProfile(bin: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  execFileSync(
    bin,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--terminate_after_init"],
    {
      stdio: "ignore",
      timeout: 120_000,
    }
  );
  return profile;
}

/** Recalculates and saves an .xlsx as .xlsx again (formula results cached), in `outDir`. */
export function recalculated(file: string, outDir: string): string {
  const bin = soffice();
  if (!bin) throw new Error("LibreOffice (soffice) tidak terpasang.");
  const profile = warmProfile(bin);
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  return path.join(outDir, path.basename(file));
}

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
const unescapeXml = (t: string) =>
  t.replace(/&(quot|amp|lt|gt|apos);|&#(\d+);/g, (_, name: string, code: string) =>
    name ? ENTITIES[name] : String.fromCharCode(Number(code))
  );

/** Every page's size and words (pdftotext -bbox-layout). */
export function pdfPages(pdf: string): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of m[3].matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    )) {
      words.push({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: unescapeXml(w[5]) });
    }
    pages.push({ width: +m[1], height: +m[2], words });
  }
  return pages;
}

/**
 * Pairs of words printed over each other: their boxes overlap across more than a quarter of the
 * smaller one's height (a box spans the font's ascent and descent, so the lines of one wrapped
 * paragraph touch by about a seventh) and more than half a point across.
 */
export function overlaps(words: Word[], share = 0.25): Array<[Word, Word]> {
  const found: Array<[Word, Word]> = [];
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].y0 < a.y1; j++) {
      const b = sorted[j];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const h = Math.min(a.y1 - a.y0, b.y1 - b.y0);
      if (dx > 0.5 && dy > share * h) found.push([a, b]);
    }
  }
  return found;
}

/**
 * A word's printed size in points: its box height over the font's ascent + descent (Arial and
 * Liberation Sans: 0.905 + 0.212 em).
 */
export function fontPoints(w: Word): number {
  return (w.y1 - w.y0) / 1.117;
}

/** The pages of a PDF as PNG files (pdftoppm), `dpi` dots per inch; returns their paths. */
export function pagesAsPng(pdf: string, prefix: string, dpi = 60): string[] {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const candidates = [`${base}-${i}.png`, `${base}-0${i}.png`, `${base}-00${i}.png`].map((f) =>
      path.join(dir, f)
    );
    const hit = candidates.find((c) => existsSync(c));
    if (!hit) break;
    out.push(hit);
  }
  return out;
}

export const readText = (file: string) => readFileSync(file, "utf8");
