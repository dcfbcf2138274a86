import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Runs the BUILT bin the way a person does: inside a pseudo-terminal made by util-linux
 * `script`, so stdin, stdout and stderr are all a TTY (progress bar, colour, terminal width).
 * node-pty would need a native build; `script` is on every Linux box (Debian: bsdutils).
 */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A missing `script` must fail these tests loudly, never skip them: CI installs it (.ci/run). */
export function requireScript(): void {
  const r = spawnSync("script", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new Error("the terminal tests need `script` from util-linux (Debian: apt-get install bsdutils); .ci/run installs it");
}

/** A directory holding a `suishendai` that runs this checkout's bin, to put first on PATH. */
export function makeShim(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "suishendai-pty-"));
  writeFileSync(join(dir, "suishendai"), `#!/bin/sh\nexec "${process.execPath}" "${ROOT}bin/suishendai.js" "$@"\n`);
  chmodSync(join(dir, "suishendai"), 0o755);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PtyResult {
  /** The command's exit code (`script -e` passes it on); null when it had to be killed. */
  readonly code: number | null;
  /** Everything the terminal showed, stdout and stderr together, without carriage returns. */
  readonly screen: string;
  /** The bytes exactly as the terminal received them (escapes and carriage returns kept). */
  readonly raw: string;
}

export interface PtyOptions {
  readonly shimDir: string;
  /** Called every 200 ms with a writer to the terminal's keyboard (e.g. to press Ctrl-C) and the screen so far. */
  readonly keys?: (type: (text: string) => void, screen: string) => void;
  readonly timeoutMs?: number;
}

/**
 * Runs `command` under sh in a fresh pseudo-terminal from the project root. Without `keys` the
 * keyboard sends end-of-file at once, so a command that unexpectedly reads the terminal ends
 * instead of hanging. A clean environment: no CI (it hides the progress bar), no NO_COLOR.
 */
export function runInPty(command: string, options: PtyOptions): Promise<PtyResult> {
  const env = { PATH: `${options.shimDir}:${process.env.PATH ?? "/usr/bin:/bin"}`, HOME: process.env.HOME ?? tmpdir(), TERM: "xterm-256color", COLUMNS: "100", LINES: "40", LANG: "C.UTF-8", TZ: "UTC" };
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qefc", command, "/dev/null"], { cwd: ROOT, env, timeout: options.timeoutMs ?? 60_000, killSignal: "SIGKILL" });
    let screen = "";
    // Every stream may fail once the other side is gone (EPIPE on the keyboard): never unhandled.
    child.stdin.on("error", () => {});
    child.stdout.on("error", () => {});
    child.stderr.on("error", () => {});
    child.stdout.on("data", (d: Buffer) => (screen += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (screen += d.toString("utf8")));
    const type = (text: string) => void (child.stdin.writable && child.stdin.write(text));
    const timer = options.keys ? setInterval(() => options.keys?.(type, screen), 200) : undefined;
    if (!options.keys) child.stdin.end();
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, screen: screen.replace(/\r/g, ""), raw: screen });
    });
  });
}

/** Lines that show a crash rather than an answer: an internal error, a stack frame, a lost value. */
export function crashLines(screen: string): string[] {
  const crash = /unexpected failure|^\s+at .*\(|node:internal|\bundefined\b|\bNaN\b|\[object Object\]/;
  return screen.split("\n").filter((line) => crash.test(line));
}

/** The screen without colour and cursor escapes, to compare text. */
export function plain(screen: string): string {
  return screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
}
