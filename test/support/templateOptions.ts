import { TemplateOptions } from "../../src/core/template/templateModel";

/** The template most tests insert: IKI of a Kasi Pemerintahan, 2025, with every block. */
export const KASI_PEMERINTAHAN_2025: TemplateOptions = {
  kind: "iki",
  unit: "kecamatan",
  jabatan: "kasi-pemerintahan",
  namaUnit: "Candipuro",
  tahun: 2025,
  identitas: true,
  isiDariKatalog: true,
  barisKosong: 0,
  ukuran: "tahunan",
  tandaTangan: true,
};
