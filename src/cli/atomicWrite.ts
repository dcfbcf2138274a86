import { randomBytes } from "node:crypto";
import * as fsp from "node:fs/promises";
import { constants } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { IoError } from "../app/errors.js";
import { removeStaleTemps, TEMPS, tempName } from "./staleTemps.js";
import { writeReason } from "./writeReason.js";

/** The file functions a write uses, so a test can make one fail (a full disk, a read-only folder) in-process. */
export type WriteFs = Pick<typeof fsp, "open" | "rename" | "unlink" | "stat" | "lstat" | "readlink" | "readdir" | "access">;

/** A file being written: whole or not at all. */
export interface AtomicFile {
  write(text: string): Promise<void>;
  /** Every byte on disk and the file closed: a fault shows here, while the target is still as it was. */
  flush(): Promise<void>;
  /** Flushed, then the file takes the target's place in one rename. */
  commit(): Promise<void>;
  /** The target is left as it was and the temporary removed. */
  discard(): Promise<void>;
}

type Fault = (error: NodeJS.ErrnoException, path?: string) => IoError;

/** The path a write replaces: a symlink's target (followed link by link), not the link. */
async function throughLinks(fs: WriteFs, file: string): Promise<string> {
  let path = file;
  for (let hops = 0; hops < 40; hops++) {
    const info = await fs.lstat(path).catch(() => undefined);
    if (!info?.isSymbolicLink()) return path;
    path = resolve(dirname(path), await fs.readlink(path));
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

/** A device or a pipe (/dev/full, /dev/stdout, a FIFO) cannot be replaced: it is written in place. */
function inPlace(handle: fsp.FileHandle, fault: Fault): AtomicFile {
  let closed = false;
  const close = async () => void (closed || ((closed = true), await handle.close().catch((error: NodeJS.ErrnoException) => { throw fault(error); })));
  return {
    write: (text) => handle.writeFile(text).catch((error: NodeJS.ErrnoException) => { throw fault(error); }),
    flush: () => close(),
    commit: () => close(),
    discard: () => close().catch(() => {}),
  };
}

/** The new file's place in the directory made lasting; some file systems refuse to sync a directory: the rename stands. */
async function syncDirectory(fs: WriteFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, constants.O_RDONLY).catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close().catch(() => {});
}

/**
 * Opens FILE for writing whole or not at all: the text goes to a new file
 * (O_EXCL, a unique name) in the target's own directory, then fsync, rename
 * over the target, fsync of the directory. A failure, a kill or Ctrl-C at any
 * point leaves the target as it was. An existing file keeps its mode (and
 * owner when allowed); a new one gets 0666 less the umask. Errors are one
 * line: `option: cannot write FILE: why`, naming the directory when it is the
 * directory that refuses.
 */
export async function openAtomic(file: string, option: string, fs: WriteFs = fsp): Promise<AtomicFile> {
  const fault: Fault = (error, path) => new IoError(`${option}: cannot write ${file}: ${path === undefined ? "" : `cannot create a file in ${path}: `}${writeReason(error)}`);
  let path: string;
  let info;
  try {
    path = await throughLinks(fs, file);
    info = await fs.stat(path).catch((error: NodeJS.ErrnoException) => { if (error.code === "ENOENT") return undefined; throw error; });
    if (info?.isDirectory()) throw Object.assign(new Error("it is a directory"), { code: "EISDIR" });
    // A file its owner made read-only is not replaced behind their back.
    if (info) await fs.access(path, constants.W_OK);
    if (info && !info.isFile()) return inPlace(await fs.open(path, "w"), fault);
  } catch (error) {
    throw fault(error as NodeJS.ErrnoException);
  }
  const dir = dirname(path);
  const where = resolve(dir);
  await removeStaleTemps(fs, dir, basename(path));
  let temp = "";
  let handle: fsp.FileHandle | undefined;
  for (let tries = 0; !handle; tries++) {
    temp = join(dir, tempName(basename(path), process.pid, randomBytes(4).toString("hex")));
    try {
      handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, info ? info.mode & 0o7777 : 0o666);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A missing directory is said as such; a directory that refuses is named.
      if (code !== "EEXIST" || tries > 8) throw fault(error as NodeJS.ErrnoException, code === "ENOENT" || code === "ENOTDIR" ? undefined : where);
    }
  }
  TEMPS.add(temp);
  const open = handle;
  if (info) {
    // The umask may have taken bits off the mode, and a file written by another user stays theirs when we may.
    await open.chmod(info.mode & 0o7777).catch(() => {});
    if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.()) await open.chown(info.uid, info.gid).catch(() => {});
  }
  let closed = false;
  const close = async () => void (closed || ((closed = true), await open.close().catch(() => {})));
  const discard = async () => {
    await close();
    await fs.unlink(temp).catch(() => {});
    TEMPS.delete(temp);
  };
  const failed = async (error: NodeJS.ErrnoException, at?: string) => {
    await discard();
    return fault(error, at);
  };
  const flush = async () => {
    if (closed) return;
    try {
      await open.sync();
      closed = true;
      await open.close();
    } catch (error) {
      throw await failed(error as NodeJS.ErrnoException);
    }
  };
  return {
    async write(text) {
      await open.writeFile(text).catch(async (error: NodeJS.ErrnoException) => { throw await failed(error); });
    },
    flush,
    async commit() {
      await flush();
      await fs.rename(temp, path).catch(async (error: NodeJS.ErrnoException) => { throw await failed(error, where); });
      TEMPS.delete(temp);
      await syncDirectory(fs, dir);
    },
    discard,
  };
}

/** FILE replaced by TEXT, whole or not at all. */
export async function writeAtomic(file: string, text: string, option: string, fs: WriteFs = fsp): Promise<void> {
  const out = await openAtomic(file, option, fs);
  try {
    await out.write(text);
  } catch (error) {
    await out.discard();
    throw error;
  }
  await out.commit();
}
