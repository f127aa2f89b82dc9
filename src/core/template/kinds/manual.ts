/** The Manual IKU (of a unit) or Manual IKI (of a position): one record per indicator. */
import { buildManualTemplate } from "../manualTemplate";
import { TemplateKindSpec } from "./types";

export const manual: TemplateKindSpec = {
  id: "manual",
  label: "Manual IKU/IKI (definisi operasional, formula, sumber, periode)",
  help: "manual (Manual IKU unit, atau Manual IKI dengan --jabatan: satu rekaman per indikator)",
  jabatan: "pilihan",
  tanpaJabatan: () => "IKU unit",
  labelJabatan: "Indikator dari",
  namaPilihan: (nama) => `IKI ${nama}`,
  fields: [],
  build(katalog, input) {
    const model = buildManualTemplate(katalog, input);
    const who = input.jabatan
      ? `IKI ${katalog.jabatan(input.jabatan)?.nama ?? ""}`
      : `IKU ${katalog.unit(input.unit)?.nama ?? ""}`;
    return { model, what: `Manual ${who} ${input.tahun}: ${model.indikator} indikator` };
  },
};
