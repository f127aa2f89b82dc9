/** Where the command line writes; tests pass collectors instead of the process streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * A progress line, rewritten in place; only where stderr is a terminal (never into a pipe, a
   * file or JSON). `undefined` text clears it.
   */
  progress?: (text: string | undefined) => void;
}

let progressShown = false;
export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => {
    // A message clears the progress line first, and the line comes back with the next update.
    if (progressShown) process.stderr.write("\r\x1b[2K");
    progressShown = false;
    process.stderr.write(t.endsWith("\n") ? t : t + "\n");
  },
  ...(process.stderr.isTTY
    ? {
        progress: (t: string | undefined) => {
          const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
          process.stderr.write(`\r\x1b[2K${t === undefined ? "" : t.slice(0, width)}`);
          progressShown = t !== undefined;
        },
      }
    : {}),
};

/** Wrong use of the command (exit code 2, message without a stack trace). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Throws a UsageError naming every required option left out ("--unit, --tahun dan -o wajib
 * diisi"), followed by the command's help; `given` maps each option to its value.
 */
export function requireOptions(given: Array<[string, unknown]>, help: string): void {
  const missing = given.filter(([, v]) => v === undefined || v === "").map(([o]) => o);
  if (missing.length === 0) return;
  const list =
    missing.length === 1
      ? missing[0]
      : `${missing.slice(0, -1).join(", ")} dan ${missing[missing.length - 1]}`;
  throw new UsageError(`${list} wajib diisi.\n\n${help}`);
}
