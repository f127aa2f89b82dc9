/** The quarterly Rencana Aksi under each SKP indicator. */
import { buildRencanaAksiTemplate } from "../rencanaAksiTemplate";
import { skpPlanFor } from "../skpTemplate";
import { TemplateKindSpec } from "./types";

export const rencanaAksi: TemplateKindSpec = {
  id: "rencana-aksi",
  label: "Rencana Aksi triwulanan (untuk e-Kinerja)",
  help: "rencana-aksi (Rencana Aksi: tiap indikator SKP per triwulan)",
  jabatan: "pilihan",
  tanpaJabatan: (unit) => `${unit.pimpinan ?? "Pimpinan unit"} (pimpinan unit)`,
  labelJabatan: "Jabatan",
  unitBerjabatan: true,
  fields: [],
  dari: {
    label: "Tabel IKI dan lembar pengukuran jabatan ini di buku kerja ini (bila ada)",
    help: "ambil indikator dan target triwulan dari tabel jabatan itu di berkas tersebut",
  },
  build(katalog, input) {
    const { plan, fromFile, fellBack, indikator, where } = skpPlanFor(katalog, input);
    return {
      model: buildRencanaAksiTemplate(plan, input),
      what: `Rencana Aksi ${plan.nama} ${input.tahun}: ${indikator} indikator x 4 triwulan, dari ${fromFile ? `tabel di ${where}` : "katalog"}`,
      ...(fellBack
        ? {
            note: `${where} belum memuat tabel ${plan.nama} yang dikenali, jadi Rencana Aksi disusun dari katalog.`,
          }
        : {}),
    };
  },
};
