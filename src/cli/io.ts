/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Today's local date, YYYY-MM-DD: the default drawdown date. */
  readonly today: () => string;
  /** The whole text of a file, or of stdin for "-". Rejects with a one-line reason. */
  readonly readText: (path: string) => Promise<string>;
}
