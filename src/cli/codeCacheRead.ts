import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { dirname } from "node:path";
import { CACHE_HEADER_BYTES } from "./codeCacheFormat.js";

// Whatever sits at the cache path (a FIFO, a link to /dev/zero, a directory,
// a device, someone else's file) is never opened for reading unless it is a
// regular file of ours, is read no further than its size, and cannot block.

/** Larger than any cache of the bundle (~250 KB), small enough to read at every start. */
export const MAX_CACHE_BYTES = 16 * 1024 * 1024;

// Not on every platform (Windows has neither): then left out.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Ours: no uid to compare on Windows. */
export function ownedByUs(info: Stats): boolean {
  return process.getuid === undefined || info.uid === process.getuid();
}

function cacheSized(info: Stats): boolean {
  return info.isFile() && ownedByUs(info) && info.size >= CACHE_HEADER_BYTES && info.size <= MAX_CACHE_BYTES;
}

function ownDirectory(dir: string): boolean {
  try {
    const info = statSync(dir);
    return info.isDirectory() && ownedByUs(info);
  } catch {
    return false;
  }
}

/**
 * Whether dir is a directory of ours to keep the cache in; with create, makes it
 * (and its parent, ~/.cache) first. One level at a time, each tried once:
 * mkdirSync's recursive mode loops forever where mkdir answers ENOENT under a
 * parent that exists (XDG_CACHE_HOME=/proc).
 */
export function cacheDirectory(dir: string, create: boolean): boolean {
  if (ownDirectory(dir)) return true;
  if (!create) return false;
  for (const level of [dirname(dir), dir]) {
    try {
      mkdirSync(level, { mode: 0o700 });
    } catch {
      // There already, or cannot be made: judged below.
    }
  }
  return ownDirectory(dir);
}

/** The file's bytes when it is a regular file of ours of a cache's size, else undefined; never throws, never waits. */
export function readCacheFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    // Looked at before it is opened: opening a device can have effects of its own.
    const seen = lstatSync(path, { throwIfNoEntry: false });
    if (!seen || !cacheSized(seen)) return undefined;
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    const info = fstatSync(fd);
    if (!cacheSized(info) || info.ino !== seen.ino || info.dev !== seen.dev) return undefined;
    const bytes = Buffer.alloc(info.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) return undefined; // shorter than it said: being rewritten, or cut
      got += n;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing to do about a failed close of a file only read or abandoned.
  }
}
