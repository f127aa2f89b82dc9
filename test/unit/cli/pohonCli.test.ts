/*
 * `iki-cek pohon` (issue #30): the kecamatan's pohon kinerja from the catalogue as SVG and PNG,
 * and what the user is told when it cannot be drawn.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../support/cli";

const run = (args: string[]) => runCli(...args);

describe("iki-cek pohon", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pohon-cli-"));

  it("writes the SVG with every box, and a PNG from it", async () => {
    const svg = path.join(dir, "pohon.svg");
    const r = await run(["pohon", "--unit", "kecamatan", "-o", svg]);
    expect([r.code, r.err]).toEqual([0, expect.stringMatching(/Pohon kinerja Kecamatan: \d+ kotak/)]);
    const text = readFileSync(svg, "utf8");
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain("<title>Pohon Kinerja Kecamatan</title>");
    expect(text).toContain('data-celah="tanpa-pendukung"');
    const png = path.join(dir, "pohon.png");
    expect((await run(["pohon", "--unit", "kecamatan", "-o", png])).code).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    // Width from the IHDR chunk: at most 12,000 pixels.
    expect(bytes.readUInt32BE(16)).toBeLessThanOrEqual(12000);
  });

  it("names what is missing, refuses formats it cannot write, never overwrites", async () => {
    expect((await run(["pohon", "--unit", "kecamatan"])).err).toMatch(/^-o wajib diisi/);
    expect((await run(["pohon", "-o", "x.svg"])).err).toMatch(/^--unit wajib diisi/);
    const docx = await run(["pohon", "--unit", "kecamatan", "-o", path.join(dir, "p.docx")]);
    expect([docx.code, docx.err]).toEqual([2, expect.stringMatching(/format "\.docx" tidak dikenal\. Pilih \.svg .*\.pdf .*\.xlsx/)]);
    const kertas = await run(["pohon", "--unit", "kecamatan", "--kertas", "a5", "-o", path.join(dir, "p.pdf")]);
    expect([kertas.code, kertas.err]).toEqual([2, "--kertas a5: pilih a3 atau a4.\n"]);
    const again = await run(["pohon", "--unit", "kecamatan", "-o", path.join(dir, "pohon.svg")]);
    expect(again.code).toBe(2);
    const unknown = await run(["pohon", "--unit", "dinas kesehatn", "-o", path.join(dir, "d.svg")]);
    expect(unknown.err).toMatch(/tidak ada di katalog/);
  });

  it("writes a PDF of A3 landscape pages and a workbook (read back in test/render)", async () => {
    const pdf = path.join(dir, "pohon.pdf");
    const r = await run(["pohon", "--unit", "kecamatan", "-o", pdf]);
    expect(r.err).toMatch(/\d+ halaman A3/);
    const text = readFileSync(pdf, "latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain("/MediaBox [0 0 1190.55 841.89]");
    const xlsx = path.join(dir, "pohon.xlsx");
    expect((await run(["pohon", "--unit", "kecamatan", "-o", xlsx])).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
  });

  it("says why when a unit has no tree", async () => {
    const r = await run(["pohon", "--unit", "Dinas Kesehatan", "-o", path.join(dir, "dinkes.svg")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pakai --dari/);
  });
});
