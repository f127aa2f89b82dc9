/** The Matriks Peran Hasil: the unit's IKU per row, each position's supporting IKI per column. */
import { buildMphTemplate, mphSourceFrom } from "../mphTemplate";
import { TemplateKindSpec } from "./types";

export const mph: TemplateKindSpec = {
  id: "mph",
  label: "Matriks Peran Hasil (IKU unit x IKI jabatan)",
  help: "mph (Matriks Peran Hasil: IKU unit per baris, IKI tiap jabatan per kolom)",
  jabatan: "tidak",
  unitBerjabatan: true,
  fields: [],
  dari: {
    label: "Tabel IKI jabatan di buku kerja ini (bila ada)",
    help: "isi matriks dari tabel IKI jabatan di berkas itu (bawaan: tautan induk katalog)",
  },
  build(katalog, input) {
    const source = input.reports ? mphSourceFrom(input.reports) : undefined;
    const model = buildMphTemplate(katalog, input, source);
    const unit = katalog.unit(input.unit)?.nama ?? "";
    const fromFile = model.mph.dari === "buku kerja";
    const where = input.sumber ?? "buku kerja ini";
    return {
      model,
      what: `Matriks Peran Hasil ${unit} ${input.tahun}: ${model.mph.iku.length} IKU x ${model.mph.positions.length} jabatan, dari ${fromFile ? `tabel IKI di ${where}` : "katalog"}`,
      // Said where a workbook was asked for; from the catalogue the line above says it.
      ...(input.reports
        ? {
            note: fromFile
              ? `Disusun dari tabel IKI ${model.mph.positions.length} jabatan di ${where}.`
              : `${where} belum memuat tabel IKI jabatan ${unit} yang dikenali, jadi matriks disusun dari katalog.`,
          }
        : {}),
    };
  },
};
