import { accessSync, constants, statSync } from "node:fs";
import { dirname } from "node:path";
import { IoError, UsageError } from "../../app/errors.js";
import { fileIdentity } from "../sameFile.js";

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Why `out` cannot be written, found before any work: a missing directory, a directory, no permission. */
function unwritable(out: string): string | undefined {
  try {
    if (statSync(out).isDirectory()) return "it is a directory";
    accessSync(out, constants.W_OK);
    return undefined;
  } catch (error) {
    if (code(error) === "EACCES" || code(error) === "EPERM") return "permission denied";
    if (code(error) !== "ENOENT") return (error as Error).message;
  }
  try {
    if (!statSync(dirname(out)).isDirectory()) return "no such directory";
    accessSync(dirname(out), constants.W_OK);
    return undefined;
  } catch (error) {
    return code(error) === "EACCES" || code(error) === "EPERM" ? "permission denied" : "no such directory";
  }
}

/**
 * `--out` checked before the fit: a file name (not empty, not `-`), not
 * any file the command reads (by identity, not by spelling), and a place
 * that can be written.
 */
export function checkOut(out: string, reads: readonly (readonly [string, string | undefined])[]): void {
  if (out.trim() === "") throw new UsageError("--out: give a file name to write the fitted policy to, e.g. --out fitted.json");
  if (out === "-") throw new UsageError('--out -: give a file name (for the policy on stdout use --format json: the report holds it under "policy")');
  const target = fileIdentity(out);
  for (const [option, path] of reads) {
    if (path === undefined || path === "-" || target === undefined) continue;
    if (fileIdentity(path) === target) throw new UsageError(`--out ${out}: is the ${option} file; write the fitted policy to another file`);
  }
  const problem = unwritable(out);
  if (problem) throw new IoError(`--out: cannot write ${out}: ${problem}`);
}

/** A failed write's reason in plain words, as the other I/O errors (never a bare ENOSPC). */
export function writeReason(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = { ENOSPC: "no space left on device", EACCES: "permission denied", EPERM: "permission denied", EISDIR: "it is a directory", EROFS: "read-only file system", EDQUOT: "disk quota exceeded", EIO: "input/output error", EFBIG: "file too large" };
  return (error.code && words[error.code]) ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*$/, "");
}
