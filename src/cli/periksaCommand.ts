import path from "node:path";
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import { Banding, FileReport, htmlReport, textClosing, validateSheets } from "../core/validate";
import { ikuSets } from "../core/validate/banding";
import { KesiapanTabel, kesiapanUnit } from "../core/validate/kesiapanLke";
import { RekapBuilder } from "../core/validate/rekap";
import { loadCatalogue } from "./catalogueSource";
import { PERIKSA_HELP } from "./help";
import { CliIo, UsageError } from "./io";
import {
  checkOutput,
  OutputError,
  OutputRequest,
  writeAtomically,
  writeTextAtomically,
} from "./output";
import { readWorkbookGrids } from "./workbookGrid";
import { expandInputs } from "./expandInputs";
import { checkFiles } from "./checkPool";
import type { FileChecked } from "./checkFile";

export async function periksaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      html: { type: "string" },
      xlsx: { type: "string" },
      katalog: { type: "string" },
      banding: { type: "string" },
      timpa: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.out(PERIKSA_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError(`Sebutkan berkas .xlsx atau folder yang diperiksa.\n\n${PERIKSA_HELP}`);
  // Folders become the .xlsx files under them (lock and temporary files skipped, counted).
  const inputs = expandInputs(positionals);
  if (inputs.skipped.length > 0 && !values.json)
    io.err(
      `${inputs.skipped.length} berkas kunci atau sementara Office (~$...) dilewati: ${inputs.skipped.slice(0, 3).join(", ")}${inputs.skipped.length > 3 ? ", ..." : ""}.`
    );
  if (inputs.files.length === 0 && inputs.unreadable.length === 0)
    throw new UsageError(`Tidak ada berkas .xlsx di ${positionals.join(", ")}.`);
  // A refused output is said after the report, which is still printed (nothing is lost).
  let refused: OutputError | undefined;
  const readFrom = [
    ...positionals,
    ...(values.katalog ? [values.katalog] : []),
    ...(values.banding ? [values.banding] : []),
  ];
  const outputs: Array<OutputRequest & { kind: "html" | "xlsx" }> = [];
  for (const [kind, file] of [
    ["html", values.html],
    ["xlsx", values.xlsx],
  ] as const) {
    if (!file) continue;
    const out = { file, option: `--${kind}`, timpa: values.timpa, kind };
    try {
      checkOutput(out, readFrom, values.timpa!);
      outputs.push(out);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      refused ??= e;
    }
  }
  const katalog = await loadCatalogue(values.katalog);
  // The earlier year's workbook, read and checked once; a file that cannot be read ends the run
  // before any other is checked (the comparison was asked for and cannot be made).
  let banding: Banding | undefined;
  if (values.banding) {
    const nama = path.basename(values.banding);
    const sheets = validateSheets(await readWorkbookGrids(values.banding), katalog);
    banding = { nama, sheets };
    if (ikuSets(sheets, katalog, nama).length === 0)
      io.err(
        `${values.banding}: tidak ditemukan tabel IKU (judul atau nama lembar "IKU", IKU katalog, atau tabel Perjanjian Kinerja), jadi tidak ada IKU yang dibandingkan.`
      );
  }

  const unread: Array<{ file: string; pesan: string }> = [];
  for (const u of inputs.unreadable) {
    unread.push(u);
    io.err(u.pesan);
  }
  // Streamed: each file's report is printed (or its JSON written) as soon as it and every file
  // before it are checked; only counts are kept, and the findings only for --html or --xlsx.
  const keep: FileReport[] = [];
  const kesiapan: KesiapanTabel[] = [];
  const rekap = new RekapBuilder(katalog);
  for (let i = 0; i < unread.length; i++) rekap.tidakTerbaca();
  const total = { files: 0, tables: 0, counts: { error: 0, warning: 0, info: 0 } };
  let worst = 0;
  if (values.json) io.out('{\n  "files": [');
  const started = performance.now();
  const all = inputs.files.length;
  await checkFiles(inputs.files, {
    katalog,
    ...(values.katalog ? { katalogFile: values.katalog } : {}),
    ...(banding ? { banding, bandingFile: values.banding } : {}),
    format: { format: values.json ? "json" : "teks", keep: outputs.length > 0 },
    onOutcome: (index, outcome) => {
      progress(io, index + 1, all, started, inputs.files[index + 1]);
      if (!outcome.ok) {
        unread.push({ file: outcome.file, pesan: outcome.pesan });
        rekap.tidakTerbaca();
        io.err(outcome.pesan);
        return;
      }
      for (const t of outcome.kesiapan) kesiapan.push(t);
      rekap.addBagian(outcome.bagian);
      const c = outcome.temuan;
      total.files++;
      total.tables += outcome.tabel;
      for (const s of ["error", "warning", "info"] as const) total.counts[s] += c[s];
      if (c.error > 0) worst = 1;
      if (outcome.report) keep.push(asFileReport(outcome.report));
      // The file's report was put in its text (or JSON) where it was checked.
      // Written as it came: joined to the separator, each report would be copied whole first.
      if (values.json) io.out(total.files > 1 ? ",\n" : "\n");
      io.out(outcome.teks);
    },
  });
  io.progress?.(undefined);
  const summary = rekap.result();
  if (values.json) {
    const tail = {
      kesiapanUnit: kesiapanUnit(kesiapan),
      rekap: summary,
      ...(unread.length > 0 ? { tidakTerbaca: unread } : {}),
      ...(inputs.skipped.length > 0 ? { dilewati: inputs.skipped } : {}),
    };
    const rest = JSON.stringify(tail, null, 2).slice(1); // without its opening brace
    io.out(`${total.files > 0 ? "\n  " : ""}],${rest}\n`);
  } else if (total.files > 0)
    io.out(
      textClosing({
        kesiapan,
        files: total.files,
        tables: total.tables,
        counts: total.counts,
        ...(total.files + unread.length > 1 ? { rekap: summary } : {}),
      })
    );

  for (const out of outputs) {
    try {
      if (out.kind === "html")
        await writeTextAtomically(
          out,
          htmlReport(
            keep,
            new Date(),
            `${katalog.data.judul} (versi ${katalog.data.versi})`,
            summary
          )
        );
      else {
        const { rekapXlsx } = await import("./rekapXlsx");
        const bytes = rekapXlsx(summary, keep);
        await writeAtomically(out, (tmp) => writeFile(tmp, bytes));
      }
      if (!values.json)
        io.err(`${out.kind === "html" ? "Laporan HTML" : "Rekap .xlsx"} ditulis ke ${out.file}.`);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      refused ??= e;
    }
  }
  if (refused) {
    io.err(`${refused.message} Berkas itu tidak ditulis; laporan di atas tetap lengkap.`);
    return 2;
  }
  if (unread.length > 0) {
    if (total.files > 0)
      io.err(
        `${unread.length} dari ${inputs.files.length + inputs.unreadable.length} berkas tidak diperiksa (lihat pesan di atas); laporan di atas untuk berkas lainnya.`
      );
    return 2;
  }
  return worst;
}

/** A checked file as the reports show it (the matched entries are for the summary only). */
function asFileReport(f: FileChecked): FileReport {
  return {
    file: f.file,
    tables: f.tables,
    findings: f.findings,
    ...(f.banding ? { banding: f.banding } : {}),
  };
}

/** "12/300 berkas · 0:41 · sisa ~9:30 · Kec A/IKI.xlsx" on a terminal's stderr. */
function progress(io: CliIo, done: number, all: number, started: number, nextFile?: string) {
  if (!io.progress || all < 2) return;
  const ms = performance.now() - started;
  const clock = (t: number) => {
    const s = Math.round(t / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  const left = done < all ? ` · sisa ~${clock((ms / done) * (all - done))}` : "";
  io.progress(`${done}/${all} berkas · ${clock(ms)}${left}${nextFile ? ` · ${nextFile}` : ""}`);
}
