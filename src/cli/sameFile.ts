import { stat } from "node:fs/promises";

/** A file's identity: device and inode after following symlinks, so `a`, `./a`, `d/../a` and a link to `a` are one file. */
export type FileIdentity = `${number}:${number}`;

/** The identity of the file at `path`; undefined for stdin ("-") or a path that names nothing (yet). */
export async function fileIdentity(path: string): Promise<FileIdentity | undefined> {
  if (path === "-" || path === "") return undefined;
  try {
    const info = await stat(path, { bigint: false });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** The first earlier path that is the same file as `path`, if any. */
export async function sameFileAs(path: string, others: readonly string[]): Promise<string | undefined> {
  const id = await fileIdentity(path);
  if (id === undefined) return undefined;
  for (const other of others) if ((await fileIdentity(other)) === id) return other;
  return undefined;
}
