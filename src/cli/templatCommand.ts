import { parseArgs } from "node:util";
import path from "node:path";
import { Measurement } from "../core/template/templateModel";
import { KindInput, SkpPola, templateKind, TEMPLATE_KINDS } from "../core/template/kinds";
import type { RumusSel } from "../core/template/computedCells";
import { validateGrid, ValidationCache } from "../core/validate";
import { readWorkbookGrids } from "./workbookGrid";
import { loadCatalogue, requireUnit } from "./catalogueSource";
import { TEMPLAT_HELP } from "./help";
import { CliIo, requireOptions, UsageError } from "./io";
import { didYouMean, suggestJabatan } from "../core/catalogue/suggest";
import { checkOutput, writeAtomically } from "./output";
import { writeTemplateXlsx } from "./templateXlsx";

/** --jenis: the registry's kinds, and "tabel" (IKI with --jabatan, else IKU). */
const JENIS = ["tabel", ...TEMPLATE_KINDS.map((k) => k.id)];

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
      pola: { type: "string" },
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
  requireOptions(
    [
      ["--unit", values.unit],
      ["--tahun", values.tahun],
      ["-o", values.keluar],
    ],
    TEMPLAT_HELP
  );
  const jenis = values.jenis!.toLowerCase();
  if (!JENIS.includes(jenis)) {
    throw new UsageError(`--jenis harus ${JENIS.join(", ")} (bukan "${values.jenis}").`);
  }
  const kind = templateKind(jenis === "tabel" ? (values.jabatan ? "iki" : "iku") : jenis)!;
  if (!["tidak", "tahunan", "triwulan"].includes(values.ukuran!)) {
    throw new UsageError("--ukuran harus tidak, tahunan atau triwulan.");
  }
  if (values.dari && !kind.dari) {
    const with_ = TEMPLATE_KINDS.filter((k) => k.dari).map((k) => k.id);
    throw new UsageError(`--dari hanya untuk --jenis ${with_.join(", ")}.`);
  }
  if (values.pola !== undefined) {
    if (!kind.fields.includes("pola")) throw new UsageError("--pola hanya untuk --jenis skp.");
    if (values.pola !== "ja" && values.pola !== "jpt")
      throw new UsageError(`--pola harus ja atau jpt, bukan "${values.pola}".`);
  }
  const rumus = values.rumus!.toLowerCase();
  if (rumus !== "asli" && rumus !== "iki")
    throw new UsageError(
      `--rumus harus asli (fungsi Excel biasa) atau iki (fungsi IKI.*, perlu add-in), bukan "${values.rumus}".`
    );
  const keluar = { file: values.keluar!, option: "-o", timpa: values.timpa };
  checkOutput(
    keluar,
    [...(values.katalog ? [values.katalog] : []), ...(values.dari ? [values.dari] : [])],
    values.timpa!
  );
  const katalog = await loadCatalogue(values.katalog);
  const unit = requireUnit(katalog, values.unit!);
  const jabatan = values.jabatan ? katalog.findJabatan(values.jabatan, unit.id) : undefined;
  if (values.jabatan && !jabatan)
    throw new UsageError(
      `Jabatan "${values.jabatan}" tidak ada untuk ${unit.nama}.${didYouMean(suggestJabatan(katalog, values.jabatan, unit.id))}`
    );
  if (kind.jabatan === "wajib" && !jabatan)
    throw new UsageError(`--jenis ${kind.id} memerlukan --jabatan.`);
  const kosong = values.kosong !== undefined ? Number(values.kosong) : undefined;
  if (kosong !== undefined && (!Number.isInteger(kosong) || kosong < 1 || kosong > 200)) {
    throw new UsageError("--kosong harus bilangan bulat 1 sampai 200.");
  }
  const responden = values.responden !== undefined ? Number(values.responden) : 100;
  if (
    kind.fields.includes("responden") &&
    (!Number.isInteger(responden) || responden < 1 || responden > 2000)
  ) {
    throw new UsageError("--responden harus bilangan bulat 1 sampai 2000.");
  }

  const input: KindInput = {
    unit: unit.id,
    jabatan: kind.jabatan === "tidak" ? undefined : jabatan?.id,
    namaUnit: values["nama-unit"],
    tahun: Number(values.tahun),
    tanggal: values.tanggal,
    rumus: rumus as RumusSel,
    identitas: !values["tanpa-identitas"],
    isiDariKatalog: kosong === undefined,
    barisKosong: kosong ?? 0,
    ukuran: values.ukuran as Measurement,
    tandaTangan: !values["tanpa-ttd"],
    responden,
    ...(values.pola ? { pola: values.pola as SkpPola } : {}),
  };
  if (values.dari) {
    const cache = new ValidationCache();
    const grids = await readWorkbookGrids(values.dari);
    input.reports = grids.map((g) => validateGrid(g, katalog, cache));
    input.sumber = path.basename(values.dari);
  }
  const { model, what, note } = kind.build(katalog, input);
  await writeAtomically(keluar, (tmp) => writeTemplateXlsx(tmp, model));
  io.err(`${what}, ditulis ke ${values.keluar} (lembar "${model.sheetName}").`);
  if (note && values.dari) io.err(note);
  if (model.grafik)
    io.err(
      "Grafik capaian tidak ditulis ke berkas: sisipkan templat ini dari panel Asisten IKI di Excel untuk mendapat grafiknya, atau buat grafik dari kolom Capaian Tahunan."
    );
  return 0;
}
