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
