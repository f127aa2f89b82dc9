/*
 * Benchmark (`npm run bench:pohon`, issue #30): "Gambar pohon kinerja" in the demo (the real pane
 * against the simulated workbook, production build) for a unit of 50 positions, in headless
 * Chromium, from the click to the pane's message that the shapes are drawn. The unit is
 * synthetic and lives in a catalogue the pane imports from .xlsx first, as a user would: a head,
 * 5 Kabid, 15 Kasi, 30 staff, two IKI each (100 IKI), 5 IKU; every IKI supports the IKU or its
 * leader's IKI, so the tree holds all 105 boxes. RUNS (default 5) loads per CPU rate; RATES
 * (default "1,4") the CDP CPU slowdowns. Goal: under 2 s. SKIP_BUILD=1 uses the existing build.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { defaultKatalog } from "../src/core/catalogue/loadKatalog";
import { katalogToSheets } from "../src/core/catalogue/sheetLayout";
import type { Entri, Jabatan, KatalogData, Unit } from "../src/core/catalogue/types";
import { fflateZip } from "../src/core/xlsx/fflateZip";
import { sheetsToXlsx } from "../src/core/xlsx/writeXlsx";
import { launchChromium } from "../test/support/browser";
import { serveFolder } from "../test/support/staticServer";

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.RUNS ?? 5);
const RATES = (process.env.RATES ?? "1,4").split(",").map(Number);
const UNIT = "dinas-uji";
const prov = [{ berkas: "sintetis", lokasi: "scripts/bench-pohon.ts" }];

/** The default catalogue plus a synthetic unit of 50 positions. */
export function catalogueWith50(): KatalogData {
  const base = defaultKatalog().data;
  const unit: Unit = { id: UNIT, nama: "Dinas Uji", jenis: "perangkat-daerah", pimpinan: "Kepala Dinas Uji", provenance: prov };
  const jabatan: Jabatan[] = [];
  const entri: Entri[] = [];
  const iki = (j: Jabatan, k: number, induk: string): string => {
    const id = `iki-uji-${j.id}-${k}`;
    entri.push({
      id, level: "iki", unit: UNIT, jabatan: [j.id], sasaran: `Meningkatnya kinerja ${j.nama}`,
      indikator: `Persentase kegiatan ${k} ${j.nama} yang selesai tepat waktu`,
      rumus: `Jumlah kegiatan ${k} yang selesai tepat waktu / Jumlah kegiatan ${k} x 100%`,
      jenis: "persentase", satuan: "%", polaritas: "positif", sumberData: "Laporan kegiatan",
      penanggungJawab: j.nama, induk, provenance: prov,
    } as Entri);
    return id;
  };
  for (let b = 1; b <= 5; b++) {
    const ikuId = `iku-uji-${b}`;
    entri.push({
      id: ikuId, level: "iku-perangkat-daerah", unit: UNIT, nomor: `1.${b}`, sasaran: "Meningkatnya pelayanan",
      indikator: `Indeks layanan bidang ${b} Dinas Uji`, rumus: `Nilai indeks layanan bidang ${b}`,
      jenis: "nilai-eksternal", satuan: "nilai", polaritas: "positif", sumberData: "Survei", penanggungJawab: "Kepala Dinas Uji", provenance: prov,
    } as Entri);
    const kabid: Jabatan = { id: `kabid-${b}`, unit: UNIT, nama: `Kepala Bidang ${b}`, atasan: "Kepala Dinas Uji", provenance: prov };
    jabatan.push(kabid);
    const kabidIki = [iki(kabid, 1, ikuId), iki(kabid, 2, ikuId)];
    for (let s = 1; s <= 3; s++) {
      const kasi: Jabatan = { id: `kasi-${b}-${s}`, unit: UNIT, nama: `Kepala Seksi ${b}.${s}`, atasan: kabid.nama, provenance: prov };
      jabatan.push(kasi);
      const kasiIki = [iki(kasi, 1, kabidIki[0]), iki(kasi, 2, kabidIki[1])];
      for (let p = 1; p <= 2; p++) {
        const staf: Jabatan = { id: `staf-${b}-${s}-${p}`, unit: UNIT, nama: `Pelaksana ${b}.${s}.${p}`, atasan: kasi.nama, provenance: prov };
        jabatan.push(staf);
        iki(staf, 1, kasiIki[0]);
        iki(staf, 2, kasiIki[1]);
      }
    }
  }
  return { ...base, id: "uji-pohon", judul: "Katalog uji pohon", unit: [...base.unit, unit], jabatan: [...base.jabatan, ...jabatan], entri: [...base.entri, ...entri] };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const dist = path.join(root, "dist-demo");
  if (!process.env.SKIP_BUILD || !existsSync(dist)) execFileSync("npx", ["webpack", "-c", "webpack.demo.config.js", "--mode", "production"], { cwd: root, stdio: "inherit" });
  const data = catalogueWith50();
  const positions = data.jabatan.filter((j) => j.unit === UNIT).length;
  const xlsx = Buffer.from(sheetsToXlsx(katalogToSheets(data), fflateZip));
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    for (const rate of RATES) {
      const times: number[] = [];
      let boxes = 0;
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
        const page = await context.newPage();
        await page.goto(`${server.url}/index.html?lebar=350`);
        await page.getByRole("heading", { name: "Asisten IKI" }).waitFor();
        await page.getByRole("tab", { name: "Katalog" }).click();
        await page.locator("input[type=file]").setInputFiles({ name: "katalog.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
        await page.getByText(/^Katalog "Katalog uji pohon"/).waitFor();
        await page.getByRole("button", { name: "Tampilkan cascading katalog" }).click();
        const section = page.locator("div").filter({ has: page.getByRole("heading", { name: "Cascading Dinas Uji" }) }).last();
        const button = section.getByRole("button", { name: "Gambar pohon kinerja" });
        await button.waitFor();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        // Clicked and timed in the page: no test-driver latency in the measure. A string, so the
        // page runs it as written (tsx would add helpers the page does not have).
        await button.evaluate((el) => el.setAttribute("data-bench", "1"));
        const ms = (await page.evaluate(`new Promise((resolve) => {
          const el = document.querySelector("[data-bench]");
          const status = el.parentElement.querySelector("[data-testid=pohon-status]");
          const start = performance.now();
          const seen = () => /digambar di lembar baru/.test(status.textContent || "") ? resolve(performance.now() - start) : requestAnimationFrame(seen);
          el.click();
          requestAnimationFrame(seen);
        })`)) as number;
        times.push(ms);
        boxes = Number(/(\d+) kotak/.exec((await section.getByTestId("pohon-status").textContent()) ?? "")?.[1] ?? 0);
        await context.close();
      }
      console.log(`CPU ${rate}x: ${positions} jabatan, ${boxes} kotak; klik sampai bentuk tergambar: median ${Math.round(median(times))} ms (${times.map((t) => Math.round(t)).join(", ")})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
