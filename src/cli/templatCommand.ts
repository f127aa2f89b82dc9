import { parseArgs } from "node:util";
import { buildTemplate, Measurement, TemplateKind } from "../core/template/templateModel";
import { loadCatalogue } from "./catalogueSource";
import { TEMPLAT_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { didYouMean, suggestJabatan, suggestUnits } from "../core/catalogue/suggest";
import { checkOutput, writeAtomically } from "./output";
import { writeTemplateXlsx } from "./templateXlsx";

export async function templatCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: "string" },
      jabatan: { type: "string" },
      "nama-unit": { type: "string" },
      tahun: { type: "string" },
      kosong: { type: "string" },
      ukuran: { type: "string", default: "tidak" },
      "tanpa-identitas": { type: "boolean", default: false },
      "tanpa-ttd": { type: "boolean", default: false },
      tanggal: { type: "string" },
      katalog: { type: "string" },
      keluar: { type: "string", short: "o" },
      timpa: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.out(TEMPLAT_HELP);
    return 0;
  }
  if (!values.unit || !values.tahun || !values.keluar) {
    throw new UsageError(`--unit, --tahun dan -o wajib diisi.\n\n${TEMPLAT_HELP}`);
  }
  if (!["tidak", "tahunan", "triwulan"].includes(values.ukuran!)) {
    throw new UsageError("--ukuran harus tidak, tahunan atau triwulan.");
  }
  const keluar = { file: values.keluar, option: "-o" };
  checkOutput(keluar, values.katalog ? [values.katalog] : [], values.timpa!);
  const katalog = await loadCatalogue(values.katalog);
  const unit = katalog.findUnit(values.unit);
  if (!unit)
    throw new UsageError(
      `Unit "${values.unit}" tidak ada di katalog.${didYouMean(suggestUnits(katalog, values.unit))}`
    );
  const jabatan = values.jabatan ? katalog.findJabatan(values.jabatan, unit.id) : undefined;
  if (values.jabatan && !jabatan)
    throw new UsageError(
      `Jabatan "${values.jabatan}" tidak ada untuk ${unit.nama}.${didYouMean(suggestJabatan(katalog, values.jabatan, unit.id))}`
    );
  const kosong = values.kosong !== undefined ? Number(values.kosong) : undefined;
  if (kosong !== undefined && (!Number.isInteger(kosong) || kosong < 1 || kosong > 200)) {
    throw new UsageError("--kosong harus bilangan bulat 1 sampai 200.");
  }
  const kind: TemplateKind = jabatan ? "iki" : "iku";
  const model = buildTemplate(katalog, {
    kind,
    unit: unit.id,
    jabatan: jabatan?.id,
    namaUnit: values["nama-unit"],
    tahun: Number(values.tahun),
    identitas: !values["tanpa-identitas"],
    isiDariKatalog: kosong === undefined,
    barisKosong: kosong ?? 0,
    ukuran: values.ukuran as Measurement,
    tandaTangan: !values["tanpa-ttd"],
    tanggal: values.tanggal,
  });
  await writeAtomically(keluar, (tmp) => writeTemplateXlsx(tmp, model));
  io.err(
    `Templat ${kind.toUpperCase()} ${jabatan?.nama ?? unit.nama} ${values.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator, ditulis ke ${values.keluar} (lembar "${model.sheetName}").`
  );
  return 0;
}
