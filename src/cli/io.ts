/** Where the command line writes; tests pass collectors instead of the process streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
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
