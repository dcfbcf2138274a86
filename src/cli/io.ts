import type { InputSource } from "../app/batch/inputSource.js";

export type { InputSource };

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Writes to stdout and resolves once the stream can take more (backpressure). */
  readonly writeOut: (text: string) => Promise<void>;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** stdin is a terminal: reading "-" waits on a person typing, who should be told how to end. */
  readonly stdinIsTTY: boolean;
  /** The terminal's width when stdout is one that knows it: a wider compare table is drawn vertically. */
  readonly columns?: number;
  /** Cores this process may use: the default worker count of a batch. */
  readonly cpus: number;
  /** Today's local date, YYYY-MM-DD: the default drawdown date. */
  readonly today: () => string;
  /** The whole text of a file, or of stdin for "-". Rejects with a one-line reason. */
  readonly readText: (path: string) => Promise<string>;
  /** True once the user has asked to stop (Ctrl-C): a batch then ends after whole lines. */
  readonly interrupted: () => boolean;
  /** The identity (as sameFile.ts gives) of the regular file stdin is redirected from, if it is one: an output must not replace it. */
  readonly stdinIdentity?: () => string | undefined;
  /** The identities (as sameFile.ts gives) of where stdout goes — a file, a pipe, a terminal (and /dev/tty then): an output file must not be it. */
  readonly stdoutIdentities?: () => readonly string[];
  /** A file, or stdin for "-", as a stream of chunks. Rejects with a one-line reason. */
  readonly openInput: (path: string) => Promise<InputSource>;
}
