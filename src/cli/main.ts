import { KatalogError } from "../core/catalogue/loadKatalog";
import { CliIo, processIo, UsageError } from "./io";
import { katalogCommand, KATALOG_HELP } from "./katalogCommand";
import { periksaCommand, PERIKSA_HELP } from "./periksaCommand";
import { templatCommand, TEMPLAT_HELP } from "./templatCommand";
import { TemplateError } from "../core/template/templateModel";
import { UnreadableFileError } from "./xlsxSheets";

const HELP = `iki-cek: alat baris perintah Asisten IKI

Perintah:
  iki-cek periksa ...   memeriksa tabel IKI/IKU dalam berkas .xlsx terhadap katalog
  iki-cek katalog ...   menampilkan, mencari, mengekspor dan mengimpor katalog indikator
  iki-cek templat ...   menulis templat tabel IKI/IKU standar ke berkas .xlsx
  iki-cek --help        bantuan ini; "iki-cek PERINTAH --help" untuk tiap perintah

Kode keluar: 0 berhasil, 1 tidak ada hasil / ada temuan galat, 2 salah pemakaian atau berkas tidak terbaca.

${PERIKSA_HELP}
${KATALOG_HELP}
${TEMPLAT_HELP}`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  katalog: katalogCommand,
  periksa: periksaCommand,
  templat: templatCommand,
};

/** Runs one command line; never throws: problems become an Indonesian message and exit code 2. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "bantuan") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Perintah "${command}" tidak dikenal. Lihat: iki-cek --help`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (
      e instanceof KatalogError ||
      e instanceof UnreadableFileError ||
      e instanceof UsageError ||
      e instanceof TemplateError
    ) {
      io.err(e.message);
    } else if (String((e as NodeJS.ErrnoException)?.code ?? "").startsWith("ERR_PARSE_ARGS")) {
      // node:util parseArgs errors (unknown option, missing value).
      io.err(`Pilihan tidak sah: ${(e as Error).message}. Lihat: iki-cek ${command} --help`);
    } else {
      io.err(`Kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`);
    }
    return 2;
  }
}
