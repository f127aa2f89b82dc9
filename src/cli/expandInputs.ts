/**
 * The files `iki-cek periksa` checks: each argument as given, or, for a folder, every .xlsx file
 * under it (issue #31), in a stable order (by path). Office lock files ("~$Buku.xlsx") and
 * temporary files are skipped and counted; a folder that cannot be read is named with why and
 * the others are still walked. Symbolic links to folders are not followed (no loops).
 */
import { lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface Inputs {
  files: string[];
  /** Files skipped in folders: Office lock files and temporary files. */
  skipped: string[];
  /** Folders that could not be read, with the reason in Indonesian. */
  unreadable: Array<{ file: string; pesan: string }>;
}

/** An Office lock file, or a temporary file an editor leaves beside a workbook. */
export function isLockOrTemp(name: string): boolean {
  return (
    /^~\$/.test(name) || /^\.~lock\./.test(name) || /^~.*\.tmp$/i.test(name) || /\.tmp$/i.test(name)
  );
}

export function expandInputs(args: readonly string[]): Inputs {
  const out: Inputs = { files: [], skipped: [], unreadable: [] };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.unreadable.push({
        file: dir,
        pesan: `${dir}: folder tidak dapat dibaca (${code === "EACCES" || code === "EPERM" ? "tidak ada izin" : (code ?? "kesalahan")}).`,
      });
      return;
    }
    for (const name of names.sort((a, b) => a.localeCompare(b, "id"))) {
      const full = path.join(dir, name);
      let st;
      try {
        st = lstatSync(full);
      } catch {
        continue; // removed while walking
      }
      if (st.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(name)) {
        if (isLockOrTemp(name)) out.skipped.push(full);
        else out.files.push(full);
      }
    }
  };
  for (const arg of args) {
    let dir = false;
    try {
      dir = statSync(arg).isDirectory();
    } catch {
      // not there: passed on, and the reader says so for that file
    }
    if (dir) walk(arg);
    else out.files.push(arg);
  }
  return out;
}
