import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output; no colour, zh unless env says otherwise. */
export async function runCli(argv: readonly string[], env: Record<string, string> = {}, stdoutIsTTY = false, stdin: string | readonly string[] | (() => AsyncIterable<string | Uint8Array>) = ""): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    stdoutIsTTY,
    today: () => "2026-01-15",
    readText: async (path) => (path === "-" ? (typeof stdin === "function" ? "" : [stdin].flat().join("")) : readFile(path, "utf8")),
    writeOut: async (t) => void (stdout += t),
    stderrIsTTY: false,
    stdinIsTTY: false,
    cpus: 1,
    interrupted: () => false,
    // stdin as given: one string, or many chunks to exercise chunk boundaries
    openInput: async (path) => {
      if (path === "-") return { chunks: typeof stdin === "function" ? stdin() : (async function* () { yield* [stdin].flat(); })() };
      await stat(path).then((s) => { if (s.isDirectory()) throw new Error("it is a directory"); });
      return { chunks: createReadStream(path) };
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export const BIN = fileURLToPath(new URL("../../bin/suishendai.js", import.meta.url));

/** The tests' code cache directory (test/setup/cacheHome.ts), not the user's. */
function cacheHome(): Record<string, string> {
  const home = process.env.XDG_CACHE_HOME;
  return home === undefined ? {} : { XDG_CACHE_HOME: home };
}

/** A bare environment for a spawned bin: PATH and the tests' code cache, nothing of the user's. */
export function binEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? "", ...cacheHome() };
}

/** Runs the built binary as a user would (needs `npm run build` first; `npm test` does it). */
export function runBin(argv: readonly string[], env: Record<string, string> = {}): CliResult {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, env: { PATH: process.env.PATH ?? "", ...cacheHome(), ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
