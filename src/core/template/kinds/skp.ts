/** The SKP of a position (or of the unit's head), from the catalogue or the workbook's IKI table. */
import { buildSkpTemplate, skpPlanFor } from "../skpTemplate";
import { TemplateKindSpec } from "./types";

export const skp: TemplateKindSpec = {
  id: "skp",
  label: "SKP (Sasaran Kinerja Pegawai, untuk e-Kinerja)",
  help: "skp (Sasaran Kinerja Pegawai; tanpa --jabatan: SKP pimpinan unit)",
  jabatan: "pilihan",
  tanpaJabatan: (unit) => `${unit.pimpinan ?? "Pimpinan unit"} (pimpinan unit)`,
  labelJabatan: "Jabatan",
  unitBerjabatan: true,
  fields: ["ttd", "tanggal", "pola"],
  dari: {
    label: "Tabel IKI jabatan ini di buku kerja ini (bila ada)",
    help: "susun dari tabel IKI jabatan itu di berkas tersebut (target ikut dari tabel)",
  },
  build(katalog, input) {
    const { plan, fromFile, fellBack, indikator, where } = skpPlanFor(katalog, input);
    return {
      model: buildSkpTemplate(plan, input),
      what: `SKP ${plan.nama} ${input.tahun} (pola ${plan.pola.toUpperCase()}): ${plan.rhk.length} RHK, ${indikator} indikator, dari ${fromFile ? `tabel IKI di ${where}` : "katalog"}`,
      ...(fellBack
        ? {
            note: `${where} belum memuat tabel IKI ${plan.nama} yang dikenali, jadi SKP disusun dari katalog.`,
          }
        : {}),
    };
  },
};
