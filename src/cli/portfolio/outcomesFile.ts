import { createWriteStream, type WriteStream } from "node:fs";
import { realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { IoError } from "../../app/errors.js";

/** The system's reason for a failed write, in plain words (never a bare code such as ENOSPC). */
export function writeReason(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: "no space left on device", ENOENT: "no such directory", EACCES: "permission denied", EPERM: "permission denied",
    EISDIR: "it is a folder", EROFS: "read-only file system", EDQUOT: "disk quota exceeded", ENOTDIR: "a part of the path is not a folder", EIO: "input/output error",
  };
  return (error.code && words[error.code]) ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*$/, "");
}

/** --outcomes FILE being written: lines go to a temporary beside it, renamed into place only when the run succeeds. */
export interface OutcomesFile {
  write(text: string): Promise<void>;
  /** Every line written and the file closed (a fault shows here, before the result is written). */
  flush(): Promise<void>;
  /** The run succeeded and its result is written: the file takes the place of FILE. */
  commit(): Promise<void>;
  /** The run failed: FILE is left as it was and the temporary removed. */
  discard(): Promise<void>;
}

/** A regular file (or none yet) is written beside and renamed; a device or pipe (/dev/full, a FIFO) is written in place. */
async function target(file: string): Promise<{ path: string; temp?: string }> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) throw new IoError(`--outcomes: cannot write ${file}: it is a folder`);
  if (info && !info.isFile()) return { path: file };
  // A symlink's target is replaced, not the link.
  const path = info ? await realpath(file) : file;
  return { path, temp: join(dirname(path), `.${basename(path)}.${process.pid}.tmp`) };
}

/** Opens --outcomes FILE; an error (now or while writing) is the option's I/O fault, naming FILE and the cause. */
export async function openOutcomes(file: string): Promise<OutcomesFile> {
  const { path, temp } = await target(file);
  const fault = (error: NodeJS.ErrnoException) => new IoError(`--outcomes: cannot write ${file}: ${writeReason(error)}`);
  const stream: WriteStream = createWriteStream(temp ?? path);
  let failed: NodeJS.ErrnoException | undefined;
  // Every wait ends on an error too, so a failed write never leaves a promise unsettled.
  const settled = new Promise<void>((resolve) => stream.once("error", (error) => ((failed = error), resolve())));
  await Promise.race([new Promise<void>((resolve) => stream.once("ready", () => resolve())), settled]);
  const removeTemp = async () => void (temp && (await unlink(temp).catch(() => {})));
  if (failed) {
    await removeTemp();
    throw fault(failed);
  }
  const flush = async () => {
    if (!failed && !stream.writableEnded) await Promise.race([new Promise<void>((resolve) => stream.end((error?: Error | null) => ((failed ??= error ?? undefined), resolve()))), settled]);
    if (failed) {
      await removeTemp();
      throw fault(failed);
    }
  };
  return {
    async write(text) {
      if (failed) throw fault(failed);
      if (!stream.write(text)) await Promise.race([new Promise<void>((resolve) => stream.once("drain", () => resolve())), settled]);
      if (failed) throw fault(failed);
    },
    flush,
    async commit() {
      await flush();
      if (temp) await rename(temp, path).catch(async (error: NodeJS.ErrnoException) => {
        await removeTemp();
        throw fault(error);
      });
    },
    async discard() {
      stream.destroy();
      await new Promise<void>((resolve) => (stream.closed ? resolve() : stream.once("close", () => resolve())));
      await removeTemp();
    },
  };
}
