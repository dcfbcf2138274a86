import { randomBytes } from "node:crypto";
import { constants, fsyncSync, lstatSync, opendirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { closeQuietly } from "./codeCacheRead.js";

// The cache is written after the command ran, so it must cost the exit next
// to nothing and leave nothing behind when it fails (a full disk, a directory
// in the way): a temporary file of its own, then one rename.

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** More entries than a few caches and temporary files: something else lives there, leave it alone. */
const MAX_ENTRIES = 64;
/** Caches kept: a few installed versions (or Node versions) side by side do not evict each other. */
const KEEP = 4;
/** A temporary file this old is a run killed mid-write (one writing now has a fresh one). */
const STALE_MS = 60_000;

/** The names in dir, or undefined when it holds more than MAX_ENTRIES (not read further) or cannot be read. */
export function listCacheDir(dir: string): string[] | undefined {
  try {
    const handle = opendirSync(dir);
    try {
      const names: string[] = [];
      for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
        if (names.length === MAX_ENTRIES) return undefined;
        names.push(entry.name);
      }
      return names;
    } finally {
      handle.closeSync();
    }
  } catch {
    return undefined;
  }
}

/** Writes dir/name whole or not at all: a new temporary file (0600, never through a link), fsync, rename; removed again on any failure. */
export function writeCacheFile(dir: string, name: string, bytes: Uint8Array): boolean {
  const temporary = join(dir, `${name}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
    created = true;
    for (let done = 0; done < bytes.length; ) {
      const n = writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw new Error("no progress writing the code cache");
      done += n;
    }
    fsyncSync(fd);
    closeQuietly(fd);
    fd = undefined;
    renameSync(temporary, join(dir, name));
    return true;
  } catch {
    if (fd !== undefined) closeQuietly(fd);
    if (created) removeQuietly(temporary);
    return false;
  }
}

/** Drops all but the newest few caches besides `current`, and temporary files left by killed runs. */
export function pruneCacheDir(dir: string, names: readonly string[], current: string, now = Date.now()): void {
  const caches: { name: string; time: number }[] = [];
  for (const name of names) {
    if (name === current || !(name.endsWith(".v8") || name.endsWith(".tmp"))) continue;
    const info = lstatSync(join(dir, name), { throwIfNoEntry: false });
    if (!info?.isFile()) continue;
    if (name.endsWith(".tmp")) {
      if (now - info.mtimeMs > STALE_MS) removeQuietly(join(dir, name));
    } else caches.push({ name, time: info.mtimeMs });
  }
  caches.sort((a, b) => b.time - a.time);
  for (const { name } of caches.slice(KEEP - 1)) removeQuietly(join(dir, name));
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already (another run pruned it), or not ours to remove.
  }
}
