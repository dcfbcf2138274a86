import { fstatSync, realpathSync, statSync } from "node:fs";
import { isatty } from "node:tty";
import { basename, dirname, join } from "node:path";

/**
 * A file's identity: (device, inode) of what the path names, through any
 * symlink; for a file not there yet, the real path of its directory and its
 * name. Two names of one file — a symlink, a hard link, a symlinked directory,
 * `..` — give the same identity. stdin ("-") has `stdin`'s, the identity of
 * the file it is redirected from (`< file`), if any. Undefined for an empty
 * name or a path whose directory does not exist.
 */
export function fileIdentity(path: string, stdin?: string): string | undefined {
  if (path === "-") return stdin;
  if (path === "") return undefined;
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

/** The first of `others` that is the same file as `path`, if any ("-" among them is stdin, of identity `stdin`). */
export function sameFileAs(path: string, others: readonly string[], stdin?: string): string | undefined {
  const id = fileIdentity(path);
  return id === undefined ? undefined : others.find((other) => fileIdentity(other, stdin) === id);
}

/** The identity of the regular file stdin is redirected from (`< pop.ndjson`): reading "-" reads it. Undefined for a pipe, a terminal, none. */
export function stdinIdentity(): string | undefined {
  try {
    const s = fstatSync(0);
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The identities where stdout goes, of any kind — a file (`> r.json`), a pipe,
 * a terminal — and, when it is a terminal, /dev/tty's too: an output file that
 * is one of them would replace the report or be mixed into it.
 */
export function stdoutIdentities(): string[] {
  try {
    const s = fstatSync(1);
    const tty = isatty(1) ? fileIdentity("/dev/tty") : undefined;
    return [`${s.dev}:${s.ino}`, ...(tty === undefined ? [] : [tty])];
  } catch {
    return [];
  }
}
