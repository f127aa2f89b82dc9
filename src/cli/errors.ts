/** A file the command line cannot read (exit code 2; the message names the file and why). */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadableFileError";
  }
}
