import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

/** What an in-process run with files for input may be told: its cores, its terminal, a claimed input size, a Ctrl-C. */
export interface FileIoSettings {
  readonly cpus?: number;
  readonly columns?: number;
  readonly stdoutIsTTY?: boolean;
  readonly interrupted?: boolean;
  /** The size the input says it has (as a file's stat does), to choose threads by. */
  readonly size?: number;
}

/**
 * Runs the CLI in this process on real files, with the process facts a test
 * sets (runCli fixes them): cores, width, a claimed size, an interrupt.
 */
export async function runWithFiles(argv: readonly string[], settings: FileIoSettings = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    writeOut: async (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: {},
    stdoutIsTTY: settings.stdoutIsTTY ?? false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    ...(settings.columns === undefined ? {} : { columns: settings.columns }),
    cpus: settings.cpus ?? 1,
    today: () => "2026-01-15",
    readText: (path) => readFile(path, "utf8"),
    interrupted: () => settings.interrupted ?? false,
    openInput: async (path) => ({ chunks: createReadStream(path), ...(settings.size === undefined ? {} : { size: settings.size }) }),
  };
  const code = await run([...argv], io);
  return { code, stdout, stderr };
}
