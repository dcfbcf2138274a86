/** Bad arguments or input: reported as one line on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Reading input failed (missing file, a directory, a read error): one line, exit 1. */
export class IoError extends Error {
  override readonly name = "IoError";
}

/** The run was interrupted (Ctrl-C) after writing whole lines only: exit 130. */
export class Interrupted extends Error {
  override readonly name = "Interrupted";
  /** A batch's records done when it stopped, where a batch stopped it. */
  constructor(
    message: string,
    readonly records?: number,
  ) {
    super(message);
  }
}

/** Not a failure to report: the batch ran, some records were invalid → exit 1 at the end. */
export class BatchHadErrors extends Error {
  override readonly name = "BatchHadErrors";
  /** `where`: where the records are named (simulate: in place in its output). */
  constructor(
    readonly invalid: number,
    readonly where = "each is reported in its place in the output",
  ) {
    super(`${invalid} invalid record(s)`);
  }
}

/** The reader of the output went away (`| head -1`): stop quietly, it is not an error. */
export class OutputClosed extends Error {
  override readonly name = "OutputClosed";
}

/** fit/validate left out records they could not use: each reported on stderr, the result written; exit 1. */
export class RecordsLeftOut extends Error {
  override readonly name = "RecordsLeftOut";
}

/** `policy lint` found errors and has printed them: exit 1, nothing more to say. */
export class LintFailed extends Error {
  override readonly name = "LintFailed";
}

/** `policy diff` found differences and has printed them: exit 1, as diff(1) does. */
export class PoliciesDiffer extends Error {
  override readonly name = "PoliciesDiffer";
}
