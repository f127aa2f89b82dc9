/** The satisfaction survey (Survei Kepuasan Masyarakat, nine elements of PermenPAN-RB 14/2017). */
import { buildSkmTemplate } from "../skmTemplate";
import { TemplateKindSpec } from "./types";

export const skm: TemplateKindSpec = {
  id: "skm",
  label: "Survei Kepuasan Masyarakat (9 unsur)",
  help: "skm (Survei Kepuasan Masyarakat, 9 unsur PermenPAN-RB 14/2017)",
  jabatan: "tidak",
  fields: ["responden", "rumus"],
  hitung: () => true,
  build(katalog, input) {
    return {
      model: buildSkmTemplate(katalog, input),
      what: `Survei Kepuasan Masyarakat ${katalog.unit(input.unit)?.nama ?? ""} ${input.tahun}: ${input.responden} baris responden`,
    };
  },
};
