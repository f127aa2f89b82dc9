import { printable } from "../core/printable";
import { CliIo, processIo } from "./io";
import { KATALOG_HELP, PERIKSA_HELP, POHON_HELP, TEMPLAT_HELP } from "./help";

const HELP = `iki-cek: alat baris perintah Asisten IKI

Perintah:
  iki-cek periksa ...   memeriksa tabel IKI/IKU dalam berkas .xlsx terhadap katalog
  iki-cek katalog ...   menampilkan, mencari, mengekspor dan mengimpor katalog indikator
  iki-cek templat ...   menulis templat tabel IKI/IKU standar ke berkas .xlsx
  iki-cek pohon ...     menggambar pohon kinerja unit (SVG atau PNG)
  iki-cek --help        bantuan ini; "iki-cek PERINTAH --help" untuk tiap perintah

Kode keluar: 0 berhasil, 1 tidak ada hasil / ada temuan tingkat kesalahan, 2 salah pemakaian atau berkas tidak terbaca.

${PERIKSA_HELP}
${KATALOG_HELP}
${TEMPLAT_HELP}
${POHON_HELP}`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded only when it is run: `--help` reads no exceljs, mathjs or catalogue. */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ["katalog", async () => (await import("./katalogCommand")).katalogCommand],
  ["periksa", async () => (await import("./periksaCommand")).periksaCommand],
  ["templat", async () => (await import("./templatCommand")).templatCommand],
  ["pohon", async () => (await import("./pohonCommand")).pohonCommand],
]);

/** Errors whose message is written for the user (matched by name, so main loads none of their modules). */
const USER_ERRORS = new Set([
  "KatalogError",
  "UnreadableFileError",
  "UsageError",
  "TemplateError",
  "OutputError",
]);

/** node:util parseArgs errors in Indonesian, by code. */
function parseArgsMessage(e: NodeJS.ErrnoException, command: string): string {
  const option = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? "";
  const see = `Lihat: iki-cek ${command} --help`;
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Pilihan ${option} tidak dikenal. ${see}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(e.message)
        ? `Pilihan ${option} memerlukan nilai. ${see}`
        : `Pilihan ${option} tidak memakai nilai. ${see}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argumen berlebih: ${/'([^']*)'/.exec(e.message)?.[1] ?? ""}. ${see}`;
    default:
      return `Pilihan tidak sah. ${see}`;
  }
}

/** Runs one command line; never throws: problems become an Indonesian message and exit code 2. */
export async function main(argv: string[], raw: CliIo = processIo): Promise<number> {
  // Everything printed passes printable(): a workbook's text (a cell, a sheet or file name) can
  // hold terminal escapes and bidi overrides, which are shown, never acted upon.
  const io: CliIo = {
    out: (t) => raw.out(printable(t)),
    err: (t) => raw.err(printable(t)),
    ...(raw.progress ? { progress: (t) => raw.progress!(t === undefined ? t : printable(t)) } : {}),
  };
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "bantuan") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const load = COMMANDS.get(command);
  if (!load) {
    io.err(`Perintah "${command}" tidak dikenal. Lihat: iki-cek --help`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error instanceof Error && USER_ERRORS.has(error.name)) io.err(error.message);
    else if (String(error?.code ?? "").startsWith("ERR_PARSE_ARGS"))
      io.err(parseArgsMessage(error, command));
    else if (error instanceof RangeError && /call stack/i.test(error.message)) {
      io.err(
        "Berkas terlalu rumit untuk diperiksa (struktur bersarang terlalu dalam). Laporkan berkas ini kepada pengembang."
      );
    } else io.err(`Kesalahan tak terduga: ${error instanceof Error ? error.message : String(e)}`);
    return 2;
  }
}
