/** The SKP of a position (or of the unit's head), from the catalogue or the workbook's IKI table. */
import { buildSkpTemplate, skpPlan, skpPlanFrom } from "../skpTemplate";
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
    const fromFile = input.reports ? skpPlanFrom(katalog, input, input.reports) : undefined;
    const plan = fromFile ?? skpPlan(katalog, input);
    const model = buildSkpTemplate(plan, input);
    const n = plan.rhk.reduce((k, r) => k + r.indikator.length, 0);
    const where = input.sumber ?? "buku kerja ini";
    return {
      model,
      what: `SKP ${plan.nama} ${input.tahun} (pola ${plan.pola.toUpperCase()}): ${plan.rhk.length} RHK, ${n} indikator, dari ${fromFile ? `tabel IKI di ${where}` : "katalog"}`,
      ...(input.reports && !fromFile
        ? {
            note: `${where} belum memuat tabel IKI ${plan.nama} yang dikenali, jadi SKP disusun dari katalog.`,
          }
        : {}),
    };
  },
};
