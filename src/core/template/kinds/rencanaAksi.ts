/** The quarterly Rencana Aksi under each SKP indicator. */
import { buildRencanaAksiTemplate } from "../rencanaAksiTemplate";
import { skpPlan, skpPlanFrom } from "../skpTemplate";
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
    const fromFile = input.reports ? skpPlanFrom(katalog, input, input.reports) : undefined;
    const plan = fromFile ?? skpPlan(katalog, input);
    const model = buildRencanaAksiTemplate(plan, input);
    const n = plan.rhk.reduce((k, r) => k + r.indikator.length, 0);
    const where = input.sumber ?? "buku kerja ini";
    return {
      model,
      what: `Rencana Aksi ${plan.nama} ${input.tahun}: ${n} indikator x 4 triwulan, dari ${fromFile ? `tabel di ${where}` : "katalog"}`,
      ...(input.reports && !fromFile
        ? {
            note: `${where} belum memuat tabel ${plan.nama} yang dikenali, jadi Rencana Aksi disusun dari katalog.`,
          }
        : {}),
    };
  },
};
