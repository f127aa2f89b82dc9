import { hasUnprintable, printable } from "../../src/core/printable";
import { htmlReport, textReport, TEXT_LIMIT, HTML_LIMIT } from "../../src/core/validate/report";
import type { Finding } from "../../src/core/validate";

describe("printable", () => {
  it.each([
    ["Persentase desa", "Persentase desa"],
    ["a\tb\nc", "a\tb\nc"],
    ["\u001b]52;c;aGFsbw==\u0007", "\\u001B]52;c;aGFsbw==\\u0007"],
    ["\u001b[2J", "\\u001B[2J"],
    ["baris\rtimpa", "baris\\u000Dtimpa"],
    ["C1 \u009b31m", "C1 \\u009B31m"],
    ["Lembar\u202e", "Lembar\\u202E"],
    ["\u2066isolat\u2069", "\\u2066isolat\\u2069"],
    ["\u200f", "\\u200F"],
    ["Capaian 95 % — naik", "Capaian 95 % — naik"],
    ["مرحبا", "مرحبا"],
  ])("%j -> %j", (text, shown) => {
    expect(printable(text)).toBe(shown);
    expect(hasUnprintable(text)).toBe(text !== shown);
  });

  it("keeps a JSON document valid and its values intact", () => {
    const value = { sheet: "IKI\u202e", cell: "\u009b\u001b" };
    const json = printable(JSON.stringify(value));
    expect(json).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("reports of very many findings", () => {
  const findings: Finding[] = Array.from({ length: HTML_LIMIT + 5 }, (_, i) => ({
    sheet: "IKI",
    cell: `F${i + 2}`,
    row: i + 2,
    rule: "pj-kosong",
    severity: "error",
    message: `F${i + 2}: Penanggung Jawab kosong untuk indikator "Indikator ${i}".`,
  }));
  const files = [{ file: "besar.xlsx", tables: [], findings }];

  it("the text report lists the first findings of a rule per sheet and counts the rest", () => {
    const text = textReport(files);
    expect(text.match(/Penanggung Jawab kosong untuk/g)).toHaveLength(TEXT_LIMIT);
    expect(text).toContain(`... dan ${(HTML_LIMIT + 5 - TEXT_LIMIT).toLocaleString("id-ID")} temuan lain dari aturan ini di lembar ini`);
    expect(text).toContain(`1 kesalahan`.replace("1", String(HTML_LIMIT + 5)));
  });

  it("the HTML report lists at most HTML_LIMIT per rule", () => {
    const html = htmlReport(files, new Date("2026-12-05T00:00:00Z"), "bawaan");
    expect(html.match(/<tr><td><bdi>IKI<\/bdi>/g)).toHaveLength(HTML_LIMIT);
    expect(html).toContain("... dan 5 temuan lain dari aturan ini");
  });
});
