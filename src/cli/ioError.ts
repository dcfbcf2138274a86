/** Reading input failed (missing file, a directory, a read error): one line, exit 1. */
export class IoError extends Error {
  override readonly name = "IoError";
}

/** The run was interrupted (Ctrl-C) after writing whole lines only: exit 130. */
export class Interrupted extends Error {
  override readonly name = "Interrupted";
}
