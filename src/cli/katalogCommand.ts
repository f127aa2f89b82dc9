import { parseArgs } from "node:util";
import { EntriMatch, Katalog, KeywordMatch } from "../core/catalogue/katalog";
import { fromData } from "../core/catalogue/loadKatalog";
import { katalogToSheets, sheetsToKatalog } from "../core/catalogue/sheetLayout";
import { Entri, Level } from "../core/catalogue/types";
import { loadCatalogue, requireUnit } from "./catalogueSource";
import { KATALOG_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import { didYouMean, suggestJabatan } from "../core/catalogue/suggest";
import { checkOutput, writeAtomically, writeTextAtomically } from "./output";

const LEVELS: Level[] = ["iku-kabupaten", "iku-perangkat-daerah", "iki"];

export async function katalogCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      cari: { type: "string" },
      unit: { type: "string" },
      jabatan: { type: "string" },
      level: { type: "string" },
      json: { type: "boolean", default: false },
      katalog: { type: "string" },
      xlsx: { type: "string" },
      impor: { type: "string" },
      keluar: { type: "string", short: "o" },
      timpa: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.out(KATALOG_HELP);
    return 0;
  }

  const inputs = [values.impor, values.katalog].filter((f): f is string => Boolean(f));
  const keluar = values.keluar
    ? { file: values.keluar, option: "-o", timpa: values.timpa }
    : undefined;
  const xlsx = values.xlsx
    ? { file: values.xlsx, option: "--xlsx", timpa: values.timpa }
    : undefined;
  if (keluar) checkOutput(keluar, inputs, values.timpa!);
  if (xlsx) checkOutput(xlsx, inputs, values.timpa!);

  if (values.impor) {
    const { readSheets } = await import("./xlsxRead");
    const data = sheetsToKatalog(await readSheets(values.impor), values.impor);
    const katalog = fromData(data, values.impor);
    const json = JSON.stringify(data, null, 2) + "\n";
    if (keluar) {
      await writeTextAtomically(keluar, json);
      io.err(
        `Katalog "${katalog.data.judul}" (${katalog.entries.length} entri) ditulis ke ${values.keluar}.`
      );
    } else io.out(json);
    return 0;
  }

  const katalog = await loadCatalogue(values.katalog);

  if (xlsx) {
    const sheets = katalogToSheets(katalog.data);
    const { writeSheets } = await import("./xlsxSheets");
    await writeAtomically(xlsx, (tmp) => writeSheets(tmp, sheets));
    io.err(
      `${katalog.entries.length} entri dalam ${sheets.length - 3} lembar unit ditulis ke ${values.xlsx}.`
    );
    return 0;
  }

  const unit = values.unit
    ? requireUnit(katalog, values.unit, "Lihat daftar unit dengan: iki-cek katalog --json")
    : undefined;
  const jabatan = values.jabatan ? katalog.findJabatan(values.jabatan, unit?.id) : undefined;
  if (values.jabatan && !jabatan)
    throw new UsageError(
      `Jabatan "${values.jabatan}" tidak ada di katalog.${didYouMean(suggestJabatan(katalog, values.jabatan, unit?.id))}`
    );
  if (values.level && !LEVELS.includes(values.level as Level)) {
    throw new UsageError(`Level harus salah satu dari: ${LEVELS.join(", ")}.`);
  }
  const filter = { unit: unit?.id, jabatan: jabatan?.id, level: values.level as Level | undefined };

  if (values.cari !== undefined) {
    const hits = katalog.browse(values.cari, { ...filter, limit: 10 });
    if (values.json) io.out(JSON.stringify(hits.map(matchJson), null, 2) + "\n");
    else printMatches(io, values.cari, hits);
    return hits.length > 0 ? 0 : 1;
  }

  const rows = katalog.entriesFor(filter);
  if (values.json) io.out(JSON.stringify(rows.map(entriJson), null, 2) + "\n");
  else printEntries(io, katalog, rows);
  return rows.length > 0 ? 0 : 1;
}

/** Every field of the entry, with an empty jabatan list rather than a missing one. */
function entriJson(e: Entri): Entri & { jabatan: string[]; aliases: string[] } {
  return { ...e, jabatan: e.jabatan ?? [], aliases: e.aliases ?? [] };
}

function matchJson(h: EntriMatch | KeywordMatch) {
  return {
    ...entriJson(h.entri),
    skor: Number(h.score.toFixed(3)),
    kecocokan: h.kind,
    teksCocok: h.text,
  };
}

function printEntries(io: CliIo, katalog: Katalog, rows: Entri[]): void {
  let unit = "";
  for (const e of rows) {
    if (e.unit !== unit) {
      unit = e.unit;
      io.out(`\n== ${katalog.unit(unit)?.nama ?? unit} ==\n`);
    }
    io.out(`${e.id}  [${e.level}${e.jabatan?.length ? `; ${e.jabatan.join(", ")}` : ""}]\n`);
    io.out(`  ${e.indikator}\n  Rumus: ${e.rumus || "(kosong)"}\n`);
    if (e.cacat?.length)
      io.out(`  Catatan cacat sumber: ${e.cacat.map((c) => c.kode).join(", ")}\n`);
  }
  io.out(`\n${rows.length} entri.\n`);
}

function printMatches(io: CliIo, query: string, hits: Array<EntriMatch | KeywordMatch>): void {
  if (hits.length === 0) {
    io.out(`Tidak ada indikator katalog yang mirip dengan "${query}".\n`);
    return;
  }
  for (const h of hits) {
    const label =
      h.kind === "sama"
        ? "sama"
        : h.kind === "memuat"
          ? "memuat kata yang dicari"
          : `mirip ${(h.score * 100).toFixed(0)}%`;
    io.out(
      `${h.entri.id}  (${label})\n  ${h.entri.indikator}\n  Rumus: ${h.entri.rumus || "(kosong)"}\n`
    );
  }
}
