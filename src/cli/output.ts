/**
 * Writing output files without ever losing the user's data:
 * - an output that is one of the input files (compared by real path, so links and `./` count)
 *   is refused, and the input is left untouched;
 * - an existing file is replaced only when the user said so (`--timpa`), and then only a regular
 *   file: a link, a FIFO or a device (`--html /dev/null --timpa`) is never turned into a file;
 * - without `--timpa` the file is created exclusively: the temporary file is hard-linked to the
 *   name, which fails if anything was created there meanwhile (the check and the write are one
 *   step; ten writers to one name give one file and nine refusals);
 * - a missing folder, or a folder given as the file, gets a clear message;
 * - the file is written to a temporary file in the same folder and renamed over the target, so
 *   an interrupted run leaves either the old file or the new one, never half a file; Ctrl+C or
 *   a termination signal removes the temporary file before the process ends.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, realpathSync, rmSync, statSync } from "node:fs";
import { constants, copyFile, link, lstat, rename, rm, unlink, writeFile } from "node:fs/promises";
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
  /** `--timpa`: an existing regular file may be replaced. */
  timpa?: boolean;
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
  const kind = nonRegular(file);
  if (kind && overwrite) {
    throw new OutputError(
      `${option} ${file}: ini ${kind}, bukan berkas biasa; --timpa hanya mengganti berkas biasa. Pilih nama berkas lain.`
    );
  }
  if ((stat || kind) && !overwrite) {
    throw new OutputError(
      `${option} ${file}: berkas sudah ada dan tidak ditimpa. Pilih nama lain, atau tambahkan --timpa untuk menggantinya.`
    );
  }
}

/** What a path is when it exists and is no regular file ("tautan simbolik", "FIFO", ...). */
function nonRegular(file: string): string | undefined {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return undefined;
  }
  if (st.isFile()) return undefined;
  if (st.isSymbolicLink()) return "tautan simbolik";
  if (st.isFIFO()) return "pipa bernama (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "berkas perangkat";
  if (st.isSocket()) return "soket";
  if (st.isDirectory()) return "sebuah folder";
  return "bukan berkas biasa";
}

/** Temporary files being written: removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  // The conventional exit code of a process ended by a signal (130 for Ctrl+C).
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  process.exit(codes[signal] ?? 1);
}

function track(tmp: string): void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
      process.on(signal, () => removePendingAndExit(signal));
    process.on("exit", () => {
      for (const file of pending) rmSync(file, { force: true });
    });
  }
  pending.add(tmp);
}

/** Puts the finished temporary file at its name: exclusively, or over a regular file (--timpa). */
async function place(tmp: string, out: OutputRequest): Promise<void> {
  if (out.timpa) {
    const st = await lstat(out.file).catch(() => undefined);
    if (st && !st.isFile())
      throw new OutputError(
        `${out.option} ${out.file}: ini ${nonRegular(out.file) ?? "bukan berkas biasa"}, bukan berkas biasa; --timpa hanya mengganti berkas biasa. Tidak ada berkas yang diubah.`
      );
    await rename(tmp, out.file);
    return;
  }
  try {
    // A hard link fails if the name exists: created meanwhile by another program or run.
    await link(tmp, out.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw existsNow(out);
    // A file system without hard links (FAT, some network drives): an exclusive copy.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "EXDEV") {
      try {
        await copyFile(tmp, out.file, constants.COPYFILE_EXCL);
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === "EEXIST") throw existsNow(out);
        throw e2;
      }
    } else throw e;
  }
  await unlink(tmp);
}

function existsNow(out: OutputRequest): OutputError {
  return new OutputError(
    `${out.option} ${out.file}: berkas dengan nama itu dibuat selama iki-cek berjalan dan tidak ditimpa. Pilih nama lain, atau tambahkan --timpa untuk menggantinya.`
  );
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
  track(tmp);
  try {
    await write(tmp);
    await place(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof OutputError) throw e;
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
  } finally {
    pending.delete(tmp);
  }
}

/** Writes text atomically. */
export function writeTextAtomically(out: OutputRequest, text: string): Promise<void> {
  return writeAtomically(out, (tmp) => writeFile(tmp, text, "utf8"));
}
