/**
 * Writing output files without ever losing the user's data:
 * - an output that is one of the input files (compared by real path, so links and `./` count)
 *   is refused, and the input is left untouched;
 * - an existing file is replaced only when the user said so (`--timpa`);
 * - a missing folder, or a folder given as the file, gets a clear message;
 * - the file is written to a temporary file in the same folder and renamed over the target, so
 *   an interrupted run leaves either the old file or the new one, never half a file.
 */
import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** A refused output (exit code 2; the message names the file and the option). */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

export interface OutputRequest {
  /** The path as the user typed it. */
  file: string;
  /** The option that named it, for messages ("--html", "-o"). */
  option: string;
}

function realOrResolved(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    // Not there (yet): resolve its folder, which may itself be a link.
    const dir = path.dirname(path.resolve(file));
    try {
      return path.join(realpathSync.native(dir), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Checks an output before anything is written; throws OutputError with an Indonesian message.
 * `inputs` are the files the command reads (never overwritten, even with --timpa).
 */
export function checkOutput(out: OutputRequest, inputs: string[], overwrite: boolean): void {
  const { file, option } = out;
  const target = realOrResolved(file);
  for (const input of inputs) {
    if (realOrResolved(input) === target) {
      throw new OutputError(
        `${option} ${file}: berkas keluaran sama dengan berkas masukan ${input}. Berkas masukan tidak diubah; pilih nama lain untuk ${option}.`
      );
    }
  }
  const dir = path.dirname(path.resolve(file));
  const dirStat = statOrUndefined(dir);
  if (!dirStat)
    throw new OutputError(
      `${option} ${file}: folder ${dir} tidak ada. Buat foldernya dahulu atau pilih folder lain.`
    );
  if (!dirStat.isDirectory()) throw new OutputError(`${option} ${file}: ${dir} bukan folder.`);
  const stat = statOrUndefined(file);
  if (stat?.isDirectory()) {
    throw new OutputError(
      `${option} ${file}: ini sebuah folder. Sebutkan nama berkas di dalamnya, mis. ${path.join(file, option === "--html" ? "laporan.html" : option === "--xlsx" ? "katalog.xlsx" : "nama-berkas")}.`
    );
  }
  if (stat && !overwrite) {
    throw new OutputError(
      `${option} ${file}: berkas sudah ada dan tidak ditimpa. Pilih nama lain, atau tambahkan --timpa untuk menggantinya.`
    );
  }
}

/**
 * Writes `file` through a temporary file in the same folder and a rename. `write` receives the
 * temporary path (exceljs writes to a path itself). On any failure the temporary file is removed
 * and the error is passed on as an OutputError naming the file.
 */
export async function writeAtomically(
  out: OutputRequest,
  write: (tmp: string) => Promise<void>
): Promise<void> {
  const dir = path.dirname(path.resolve(out.file));
  const tmp = path.join(
    dir,
    `.${path.basename(out.file)}.${process.pid}-${randomBytes(4).toString("hex")}.sementara`
  );
  try {
    await write(tmp);
    await rename(tmp, out.file);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" || code === "EPERM"
        ? "tidak ada izin menulis di folder itu"
        : code === "ENOSPC"
          ? "ruang disk penuh"
          : code === "EROFS"
            ? "foldernya hanya-baca"
            : `penulisan gagal (${code ?? (e as Error).message})`;
    throw new OutputError(
      `${out.option} ${out.file}: berkas tidak dapat ditulis: ${why}. Tidak ada berkas yang diubah.`
    );
  }
}

/** Writes text atomically. */
export function writeTextAtomically(out: OutputRequest, text: string): Promise<void> {
  return writeAtomically(out, (tmp) => writeFile(tmp, text, "utf8"));
}
