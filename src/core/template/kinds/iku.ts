/** The IKU table of a unit (perangkat daerah, kecamatan or the kabupaten). */
import { buildTemplate } from "../templateModel";
import { TemplateKindSpec } from "./types";

export const iku: TemplateKindSpec = {
  id: "iku",
  label: "IKU perangkat daerah",
  help: "iku (IKU unit)",
  jabatan: "tidak",
  fields: ["identitas", "isi", "ttd", "tanggal", "ukuran", "rumus"],
  hitung: (input) => input.ukuran !== "tidak",
  build(katalog, input) {
    const model = buildTemplate(katalog, { ...input, kind: "iku", jabatan: undefined });
    return {
      model,
      what: `Templat IKU ${katalog.unit(input.unit)?.nama ?? ""} ${input.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator`,
    };
  },
};
