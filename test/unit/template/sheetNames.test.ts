/** Template sheet names: shortened with the agreed abbreviations, at words, the year whole, unique. */
import { defaultKatalog } from "../../../src/core/catalogue/loadKatalog";
import { sheetNameFor } from "../../../src/core/template/templateModel";
import {
  SHEET_NAME_MAX,
  shortenToFit,
  templateSheetName,
  uniqueSheetName,
} from "../../../src/core/template/sheetNames";

describe("template sheet names", () => {
  it.each([
    // [body, year, expected]: names the issue found cut mid-word, and short ones left alone.
    ["IKI Pengelola Data", 2026, "IKI Pengelola Data 2026"],
    ["IKI Pengelola Data Pelayanan", 2026, "IKI Pengelola Data Pel 2026"],
    ["IKI Pengelola Data Pelayanan Umum", 2026, "IKI Pengelola Data Pel 2026"],
    ["Pengukuran Kasi Pemerintahan", 2026, "Pengukuran Kasi Pem 2026"],
    ["IKI Kepala Sub Bagian Umum dan Kepegawaian", 2025, "IKI Kasubag Umum dan Kepeg 2025"],
    [
      "IKI Pengadministrasi Umum Seksi Pemberdayaan Masyarakat",
      2025,
      "IKI Pengadm Umum Seksi PM 2025",
    ],
    ["IKI Camat", 2025, "IKI Camat 2025"],
  ])("%s %i -> %s", (body, year, expected) => {
    const name = templateSheetName(body, year);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
  });

  it("never cuts inside a word, and never loses the year, for every position and template", () => {
    const k = defaultKatalog();
    const seen: string[] = [];
    for (const unit of k.data.unit) {
      for (const prefix of ["IKI", "Pengukuran", "SKM", "MPH"]) {
        for (const jabatan of [undefined, ...k.data.jabatan]) {
          const name = sheetNameFor(prefix, 2026, unit, jabatan);
          expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
          expect(name).toMatch(/ 2026$/);
          // Every word of the name is a whole word of the full name or an agreed abbreviation.
          seen.push(name);
        }
      }
    }
    const words = new Set(
      [
        ...k.data.jabatan.flatMap((j) => [j.nama, ...(j.aliases ?? [])]),
        ...k.data.unit.flatMap((u) => [u.nama, ...(u.singkatan ?? [])]),
        "IKI Pengukuran SKM MPH Kasubag Kasi Sekcam Subbag Pem PM Pengadm Kepeg Keu Pel Sie Kesos Trantib Renc",
      ]
        .join(" ")
        .split(/\s+/)
        .map((w) => w.toLowerCase())
    );
    const broken = seen.flatMap((n) =>
      n
        .replace(/ 2026$/, "")
        .split(" ")
        .filter((w) => !words.has(w.toLowerCase()))
        .map((w) => `${n}: "${w}"`)
    );
    expect(broken).toEqual([]);
  });

  it("a taken name gets a number before the year, and stays within 31 characters", () => {
    const wanted = "IKI Pengadm Umum Seksi PM 2025";
    expect(uniqueSheetName(wanted, ["Lembar1"])).toBe(wanted);
    const second = uniqueSheetName(wanted, [wanted.toUpperCase()]);
    expect(second).toBe("IKI Pengadm Umum Sie (2) 2025");
    const third = uniqueSheetName(wanted, [wanted, second]);
    expect(third).toBe("IKI Pengadm Umum Sie (3) 2025");
    expect(uniqueSheetName("Lembar", ["Lembar"])).toBe("Lembar (2)");
  });

  it("shortens a single very long word only when nothing else is left", () => {
    expect(shortenToFit("A".repeat(40), 26)).toBe("A".repeat(26));
    expect(shortenToFit("IKI [Uji]: A/B", 31)).toBe("IKI Uji A B");
  });
});
