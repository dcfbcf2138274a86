import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import type { CliIo, InputSource } from "./io.js";
import { OutputClosed } from "./outputClosed.js";
import { run } from "./run.js";

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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function readText(path: string): Promise<string> {
  if (path === "-") return readStdin();
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw reason(error);
  }
}

async function openInput(path: string): Promise<InputSource> {
  if (path === "-") return { chunks: process.stdin };
  try {
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

/** Writes with back-pressure; once the reader has gone, says so instead of writing into the void. */
async function writeOut(text: string): Promise<void> {
  if (stdoutClosed) throw new OutputClosed();
  try {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") throw new OutputClosed();
    throw error;
  }
  if (stdoutClosed) throw new OutputClosed();
}

/** The process-facing entry: real streams, real clock, exit code set, never process.exit. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A closed pipe (`| head`) is the reader's choice, not our error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stdoutClosed = true;
  });
  let interrupted = false;
  // A batch stops at its next block of whole lines; a second Ctrl-C ends it at once.
  process.once("SIGINT", () => {
    interrupted = true;
    process.once("SIGINT", () => process.exit(130));
  });
  const io: CliIo = {
    interrupted: () => interrupted,
    stdout: (text) => void process.stdout.write(text),
    writeOut,
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cpus: availableParallelism(),
    today: localToday,
    readText,
    openInput,
  };
  process.exitCode = await run(argv, io);
}
