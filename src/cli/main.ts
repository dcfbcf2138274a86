import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import type { CliIo, InputSource } from "./io.js";
import { Interrupted, IoError, OutputClosed } from "../app/errors.js";
import { interruptSignal, readAllStdin, stdinChunks } from "./stdinReader.js";
import { run } from "./run.js";
import { stdinIdentity, stdoutIdentities } from "./sameFile.js";
import { removeTempsNow } from "./staleTemps.js";
import { NotUtf8, utf8Whole } from "./strictUtf8.js";

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The system's reason for a failed open, in a few words. */
function reason(error: unknown): Error {
  const e = error as NodeJS.ErrnoException;
  const words: Record<string, string> = { ENOENT: "no such file", EISDIR: "it is a directory", EACCES: "permission denied" };
  return new Error((e.code && words[e.code]) ?? e.message);
}

const interrupt = interruptSignal();

async function readText(path: string): Promise<string> {
  try {
    return utf8Whole(path === "-" ? await readAllStdin(interrupt) : await readFile(path));
  } catch (error) {
    if (error instanceof Interrupted || error instanceof NotUtf8) throw error;
    throw reason(error);
  }
}

async function openInput(path: string): Promise<InputSource> {
  try {
    if (path === "-") return { chunks: stdinChunks(interrupt) };
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    const stream = createReadStream(path, { highWaterMark: 1 << 16 });
    await once(stream, "open");
    return { chunks: stream, size: info.size };
  } catch (error) {
    throw reason(error);
  }
}

let stdoutClosed = false;
/** A write error other than a closed pipe (a full disk, /dev/full): reported once, exit 1. */
let stdoutFailed: NodeJS.ErrnoException | undefined;
let stdoutFailureReported = false;

function noteWriteError(error: NodeJS.ErrnoException | null | undefined): void {
  if (!error) return;
  if (error.code === "EPIPE") stdoutClosed = true;
  else stdoutFailed ??= error;
}

function outputFailure(): IoError {
  stdoutFailureReported = true;
  const e = stdoutFailed as NodeJS.ErrnoException;
  const words: Record<string, string> = { ENOSPC: "no space left on device", EIO: "input/output error", EDQUOT: "disk quota exceeded", EFBIG: "file too large" };
  return new IoError(`output: cannot write to stdout: ${(e.code && words[e.code]) ?? e.message}`);
}

/** Writes and waits until the text is handed to the system; once the reader has gone, says so instead of writing into the void. */
async function writeOut(text: string): Promise<void> {
  if (stdoutClosed) throw new OutputClosed();
  if (stdoutFailed) throw outputFailure();
  await new Promise<void>((resolve) => process.stdout.write(text, (error) => (noteWriteError(error), resolve())));
  if (stdoutClosed) throw new OutputClosed();
  if (stdoutFailed) throw outputFailure();
}

/** The process-facing entry: real streams, real clock, exit code set, never process.exit. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A closed pipe (`| head`) is the reader's choice, not our error.
  // Any other write error is remembered and reported once, never thrown from here.
  process.stdout.on("error", noteWriteError);
  let interrupted = false;
  // A batch stops at its next block of whole lines, and a read waiting on
  // stdin stops at once; a second Ctrl-C ends everything at once.
  process.once("SIGINT", () => {
    interrupted = true;
    interrupt.fire();
    process.once("SIGINT", () => {
      // Files being written stay as they were: their temporaries go with the process.
      removeTempsNow();
      process.exit(130);
    });
  });
  const io: CliIo = {
    interrupted: () => interrupted,
    stdout: (text) => void process.stdout.write(text),
    writeOut,
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    // A terminal that does not know its size reports 0: then no table is judged too wide.
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    cpus: availableParallelism(),
    today: localToday,
    readText,
    openInput,
    stdinIdentity,
    stdoutIdentities,
  };
  const code = await run(argv, io);
  // Output written with io.stdout (help, tables) fails after the fact: wait for it, then say so.
  await new Promise<void>((resolve) => process.stdout.write("", (error) => (noteWriteError(error), resolve())));
  if (stdoutFailed && !stdoutFailureReported && !stdoutClosed) {
    process.stderr.write(`error: ${outputFailure().message}\n`);
    process.exitCode = 1;
    return;
  }
  process.exitCode = code;
}
