/** The IKI table of a kecamatan position. */
import { buildTemplate } from "../templateModel";
import { TemplateKindSpec } from "./types";

export const iki: TemplateKindSpec = {
  id: "iki",
  label: "IKI jabatan kecamatan",
  help: "iki (IKI jabatan; memerlukan --jabatan)",
  jabatan: "wajib",
  unitBerjabatan: true,
  fields: ["identitas", "isi", "ttd", "tanggal", "ukuran", "rumus"],
  hitung: (input) => input.ukuran !== "tidak",
  build(katalog, input) {
    const model = buildTemplate(katalog, { ...input, kind: "iki" });
    const jabatan = katalog.jabatan(input.jabatan ?? "");
    return {
      model,
      what: `Templat IKI ${jabatan?.nama ?? ""} ${input.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator`,
    };
  },
};
