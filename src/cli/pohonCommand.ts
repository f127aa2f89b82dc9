import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  cascadeTrees,
  catalogueCascadeTrees,
  validateCascade,
  validateSheets,
} from "../core/validate";
import { pohonOf } from "../core/pohon/model";
import { tataLetak, TataLetak } from "../core/pohon/layout";
import { KERTAS } from "../core/pohon/halaman";
import { pohonSvg } from "../core/pohon/svg";
import { loadCatalogue, requireUnit } from "./catalogueSource";
import { POHON_HELP } from "./help";
import { CliIo, requireOptions, UsageError } from "./io";
import { checkOutput, writeAtomically } from "./output";
import { readWorkbookGrids } from "./workbookGrid";

/** The formats written, by the output's extension. */
const FORMATS = [".svg", ".png", ".pdf", ".xlsx"] as const;

export async function pohonCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: "string" },
      dari: { type: "string" },
      katalog: { type: "string" },
      kertas: { type: "string", default: "a3" },
      keluar: { type: "string", short: "o" },
      timpa: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.out(POHON_HELP);
    return 0;
  }
  requireOptions(
    [
      ["--unit", values.unit],
      ["-o", values.keluar],
    ],
    POHON_HELP
  );
  const file = values.keluar!;
  const ext = path.extname(file).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(ext))
    throw new UsageError(
      `-o ${file}: format "${ext || "tanpa ekstensi"}" tidak dikenal. Pilih .svg (vektor, dapat diedit di Inkscape atau PowerPoint), .png (gambar), .pdf (halaman ${values.kertas?.toUpperCase()} melintang) atau .xlsx (gambar dan kerangka).`
    );
  const paper = values.kertas!.toLowerCase();
  if (!Object.hasOwn(KERTAS, paper))
    throw new UsageError(`--kertas ${values.kertas}: pilih a3 atau a4.`);
  const kertas = KERTAS[paper as keyof typeof KERTAS];
  const out = { file, option: "-o", timpa: values.timpa };
  checkOutput(
    out,
    [...(values.dari ? [values.dari] : []), ...(values.katalog ? [values.katalog] : [])],
    values.timpa!
  );
  const katalog = await loadCatalogue(values.katalog);
  const unit = requireUnit(katalog, values.unit!);

  let trees;
  if (values.dari) {
    const sheets = validateSheets(await readWorkbookGrids(values.dari), katalog);
    trees = cascadeTrees(sheets, validateCascade(sheets, katalog), katalog);
  } else trees = catalogueCascadeTrees(katalog);
  const tree = trees.find((t) => t.unit === unit.id);
  if (!tree) {
    io.err(
      values.dari
        ? `${values.dari}: tidak memuat tabel IKI dua jabatan atau lebih dari ${unit.nama}, jadi pohon kinerjanya tidak dapat disusun. Jabatan dibaca dari blok identitas atau judul tiap tabel.`
        : `Katalog tidak memuat IKI dua jabatan atau lebih untuk ${unit.nama}; pakai --dari BERKAS.xlsx berisi tabel IKI jabatannya.`
    );
    return 1;
  }
  const pohon = pohonOf(tree);
  const layout = tataLetak(pohon);
  const svg = pohonSvg(layout);
  let pages = 0;
  if (ext === ".svg") await writeAtomically(out, (tmp) => writeFile(tmp, svg, "utf8"));
  else if (ext === ".png")
    await writeAtomically(out, async (tmp) => writeFile(tmp, await renderPng(svg, layout)));
  else if (ext === ".pdf") {
    const { writePohonPdf } = await import("./pohonPdf");
    await writeAtomically(out, async (tmp) => {
      pages = await writePohonPdf(pohon, kertas, tmp);
    });
  } else {
    const { writePohonXlsx } = await import("./pohonXlsx");
    const png = await renderPng(svg, layout);
    await writeAtomically(out, (tmp) => writePohonXlsx(pohon, layout, png, tmp));
  }
  io.err(
    `Pohon kinerja ${unit.nama}: ${layout.kotak.length} kotak, ${Math.round(layout.lebar)} x ${Math.round(layout.tinggi)} pt${pages ? `, ${pages} halaman ${kertas.nama}` : ""}, ditulis ke ${file}.`
  );
  return 0;
}

/**
 * The PNG of the SVG, rendered by resvg (a real SVG renderer, a native module loaded only here):
 * sharp enough to print (2x), at most 12,000 pixels wide (a point is 4/3 pixels at 1x).
 */
async function renderPng(svg: string, layout: TataLetak): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const zoom = Math.min(2, 12000 / ((layout.lebar * 4) / 3));
  return new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  })
    .render()
    .asPng();
}
