/** The quarterly measurement sheet: targets and realisations per quarter, capaian, predikat. */
import { buildPengukuranTemplate } from "../pengukuranTemplate";
import { TemplateKindSpec } from "./types";

export const pengukuran: TemplateKindSpec = {
  id: "pengukuran",
  label: "Pengukuran triwulanan (target, realisasi, capaian, predikat)",
  help: "pengukuran (target dan realisasi TW I-IV, capaian, predikat)",
  jabatan: "pilihan",
  tanpaJabatan: () => "IKU unit",
  labelJabatan: "Indikator dari",
  namaPilihan: (nama) => `IKI ${nama}`,
  fields: ["identitas", "isi", "ttd", "tanggal", "rumus"],
  hitung: () => true,
  build(katalog, input) {
    const model = buildPengukuranTemplate(katalog, input);
    const who = input.jabatan
      ? katalog.jabatan(input.jabatan)?.nama
      : katalog.unit(input.unit)?.nama;
    return {
      model,
      what: `Pengukuran triwulanan ${who ?? ""} ${input.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator`,
    };
  },
};
