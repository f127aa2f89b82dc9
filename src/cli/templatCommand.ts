import { parseArgs } from "node:util";
import {
  buildTemplate,
  Measurement,
  TemplateKind,
  TemplateModel,
} from "../core/template/templateModel";
import { buildPengukuranTemplate } from "../core/template/pengukuranTemplate";
import { buildSkmTemplate } from "../core/template/skmTemplate";
import { buildMphTemplate, mphSourceFrom } from "../core/template/mphTemplate";
import type { RumusSel } from "../core/template/computedCells";
import { validateGrid, ValidationCache } from "../core/validate";
import { readWorkbookGrids } from "./workbookGrid";
import { loadCatalogue } from "./catalogueSource";
import { TEMPLAT_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { didYouMean, suggestJabatan, suggestUnits } from "../core/catalogue/suggest";
import { checkOutput, writeAtomically } from "./output";
import { writeTemplateXlsx } from "./templateXlsx";

const JENIS = ["tabel", "iki", "iku", "pengukuran", "skm", "mph"];

export async function templatCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: "string" },
      jabatan: { type: "string" },
      "nama-unit": { type: "string" },
      tahun: { type: "string" },
      kosong: { type: "string" },
      jenis: { type: "string", default: "tabel" },
      ukuran: { type: "string", default: "tidak" },
      responden: { type: "string" },
      dari: { type: "string" },
      rumus: { type: "string", default: "asli" },
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
  const jenis = values.jenis!.toLowerCase();
  if (!JENIS.includes(jenis)) {
    throw new UsageError(`--jenis harus ${JENIS.join(", ")} (bukan "${values.jenis}").`);
  }
  if (!["tidak", "tahunan", "triwulan"].includes(values.ukuran!)) {
    throw new UsageError("--ukuran harus tidak, tahunan atau triwulan.");
  }
  if (values.dari && jenis !== "mph") throw new UsageError("--dari hanya untuk --jenis mph.");
  const rumus = values.rumus!.toLowerCase();
  if (rumus !== "asli" && rumus !== "iki")
    throw new UsageError(
      `--rumus harus asli (fungsi Excel biasa) atau iki (fungsi IKI.*, perlu add-in), bukan "${values.rumus}".`
    );
  const keluar = { file: values.keluar, option: "-o", timpa: values.timpa };
  checkOutput(
    keluar,
    [...(values.katalog ? [values.katalog] : []), ...(values.dari ? [values.dari] : [])],
    values.timpa!
  );
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
  const responden = values.responden !== undefined ? Number(values.responden) : 100;
  if (jenis === "skm" && (!Number.isInteger(responden) || responden < 1 || responden > 2000)) {
    throw new UsageError("--responden harus bilangan bulat 1 sampai 2000.");
  }
  if (jenis === "iki" && !jabatan) throw new UsageError("--jenis iki memerlukan --jabatan.");
  const kind: TemplateKind = jabatan && jenis !== "iku" ? "iki" : "iku";
  const common = {
    unit: unit.id,
    namaUnit: values["nama-unit"],
    tahun: Number(values.tahun),
    tanggal: values.tanggal,
    rumus: rumus as RumusSel,
  };
  let model: TemplateModel;
  let what: string;
  if (jenis === "mph") {
    let source;
    if (values.dari) {
      const cache = new ValidationCache();
      const grids = await readWorkbookGrids(values.dari);
      source = mphSourceFrom(grids.map((g) => validateGrid(g, katalog, cache)));
    }
    const mph = buildMphTemplate(katalog, { ...common }, source);
    model = mph;
    const fromFile = mph.mph.dari === "buku kerja";
    what = `Matriks Peran Hasil ${unit.nama} ${values.tahun}: ${mph.mph.iku.length} IKU x ${mph.mph.positions.length} jabatan, dari ${fromFile ? `tabel IKI di ${values.dari}` : "katalog"}`;
    if (values.dari && !fromFile)
      io.err(
        `${values.dari}: tidak ada tabel IKI jabatan ${unit.nama} yang dikenali; matriks disusun dari katalog.`
      );
  } else if (jenis === "skm") {
    model = buildSkmTemplate(katalog, { ...common, responden });
    what = `Survei Kepuasan Masyarakat ${unit.nama} ${values.tahun}: ${responden} baris responden`;
  } else if (jenis === "pengukuran") {
    model = buildPengukuranTemplate(katalog, {
      ...common,
      jabatan: jabatan?.id,
      identitas: !values["tanpa-identitas"],
      isiDariKatalog: kosong === undefined,
      barisKosong: kosong ?? 0,
      tandaTangan: !values["tanpa-ttd"],
    });
    what = `Pengukuran triwulanan ${jabatan?.nama ?? unit.nama} ${values.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator`;
  } else {
    model = buildTemplate(katalog, {
      ...common,
      kind,
      jabatan: kind === "iki" ? jabatan?.id : undefined,
      identitas: !values["tanpa-identitas"],
      isiDariKatalog: kosong === undefined,
      barisKosong: kosong ?? 0,
      ukuran: values.ukuran as Measurement,
      tandaTangan: !values["tanpa-ttd"],
    });
    what = `Templat ${kind.toUpperCase()} ${kind === "iki" ? jabatan!.nama : unit.nama} ${values.tahun}: ${model.bodyRows[1] - model.bodyRows[0] + 1} baris indikator`;
  }
  await writeAtomically(keluar, (tmp) => writeTemplateXlsx(tmp, model));
  io.err(`${what}, ditulis ke ${values.keluar} (lembar "${model.sheetName}").`);
  if (model.grafik)
    io.err(
      "Grafik capaian tidak ditulis ke berkas: sisipkan templat ini dari panel Asisten IKI di Excel untuk mendapat grafiknya, atau buat grafik dari kolom Capaian Tahunan."
    );
  return 0;
}
