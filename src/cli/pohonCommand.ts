import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { didYouMean, suggestUnits } from "../core/catalogue/suggest";
import {
  cascadeTrees,
  catalogueCascadeTrees,
  validateCascade,
  validateSheets,
} from "../core/validate";
import { pohonOf } from "../core/pohon/model";
import { tataLetak } from "../core/pohon/layout";
import { pohonSvg } from "../core/pohon/svg";
import { loadCatalogue } from "./catalogueSource";
import { POHON_HELP } from "./help";
import { CliIo, requireOptions, UsageError } from "./io";
import { checkOutput, writeAtomically } from "./output";
import { readWorkbookGrids } from "./workbookGrid";

/** The formats written, by the output's extension. */
const FORMATS = [".svg", ".png"] as const;

export async function pohonCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: "string" },
      dari: { type: "string" },
      katalog: { type: "string" },
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
      `-o ${file}: format "${ext || "tanpa ekstensi"}" belum didukung. Pilih .svg (vektor, dapat diedit di Inkscape atau PowerPoint) atau .png (gambar).`
    );
  const out = { file, option: "-o", timpa: values.timpa };
  checkOutput(
    out,
    [...(values.dari ? [values.dari] : []), ...(values.katalog ? [values.katalog] : [])],
    values.timpa!
  );
  const katalog = await loadCatalogue(values.katalog);
  const unit = katalog.findUnit(values.unit!);
  if (!unit)
    throw new UsageError(
      `Unit "${values.unit}" tidak ada di katalog.${didYouMean(suggestUnits(katalog, values.unit!))}`
    );

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
  const layout = tataLetak(pohonOf(tree));
  const svg = pohonSvg(layout);
  if (ext === ".svg") await writeAtomically(out, (tmp) => writeFile(tmp, svg, "utf8"));
  else {
    // resvg (a real SVG renderer, a native module) loads only for a PNG.
    const { Resvg } = await import("@resvg/resvg-js");
    // Sharp enough to print (2x), at most 12,000 pixels wide (a point is 4/3 pixels at 1x).
    const zoom = Math.min(2, 12000 / ((layout.lebar * 4) / 3));
    const png = new Resvg(svg, {
      fitTo: { mode: "zoom", value: zoom },
      font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
    })
      .render()
      .asPng();
    await writeAtomically(out, (tmp) => writeFile(tmp, png));
  }
  const boxes = layout.kotak.length;
  io.err(
    `Pohon kinerja ${unit.nama}: ${boxes} kotak, ${Math.round(layout.lebar)} x ${Math.round(layout.tinggi)} pt, ditulis ke ${file}.`
  );
  return 0;
}
