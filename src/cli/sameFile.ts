import { realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * A file's identity: (device, inode) of what the path names, through any
 * symlink; for a file not there yet, the real path of its directory and its
 * name. Two names of one file — a symlink, a hard link, a symlinked directory,
 * `..` — give the same identity. Undefined for stdin ("-"), an empty name, or a
 * path whose directory does not exist.
 */
export function fileIdentity(path: string): string | undefined {
  if (path === "-" || path === "") return undefined;
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return undefined;
    }
  }
}

/** The first of `others` that is the same file as `path`, if any. */
export function sameFileAs(path: string, others: readonly string[]): string | undefined {
  const id = fileIdentity(path);
  return id === undefined ? undefined : others.find((other) => fileIdentity(other) === id);
}
