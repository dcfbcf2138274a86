import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { IoError, UsageError } from "../../app/errors.js";
import { fileIdentity } from "../sameFile.js";
import { refuseStdoutTarget } from "../stdoutClash.js";
import { writeReason } from "../writeReason.js";

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Why `out` cannot be written, found before any work: a missing directory, a directory, no permission (on the file, or on the directory its replacement is made in). */
function unwritable(out: string): string | undefined {
  let dir = dirname(out);
  try {
    if (statSync(out).isDirectory()) return "it is a directory";
    accessSync(out, constants.W_OK);
    dir = dirname(realpathSync(out));
  } catch (error) {
    if (code(error) === "EACCES" || code(error) === "EPERM") return "permission denied";
    if (code(error) !== "ENOENT") return writeReason(error as NodeJS.ErrnoException);
  }
  try {
    if (!statSync(dir).isDirectory()) return "no such directory";
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    return code(error) === "EACCES" || code(error) === "EPERM" ? `cannot create a file in ${resolve(dir)}: permission denied` : "no such directory";
  }
}

/** What a written file's checks say: when it is empty, when it is `-`, and what to do when it is a file read. */
export interface TargetWords {
  readonly empty: string;
  readonly dash: string;
  readonly instead: string;
}

const OUT_WORDS: TargetWords = {
  empty: "give a file name to write the fitted policy to, e.g. --out fitted.json",
  dash: 'give a file name (for the policy on stdout use --format json: the report holds it under "policy")',
  instead: "write the fitted policy to another file",
};

/**
 * `--out` checked before the fit: a file name (not empty, not `-`), not
 * any file the command reads (by identity, not by spelling; "-" is the file
 * stdin is redirected from, of identity `stdin`), not where stdout goes (identities
 * `stdout`: the report is there), and a place that can be written.
 */
export function checkOut(out: string, reads: readonly (readonly [string, string | undefined])[], stdin?: string, stdout?: readonly string[]): void {
  checkTarget("--out", OUT_WORDS, out, reads, stdin, stdout);
}

/** checkOut's checks for any option that names a file to write (fit and validate --scores too). */
export function checkTarget(option: string, words: TargetWords, out: string, reads: readonly (readonly [string, string | undefined])[], stdin?: string, stdout?: readonly string[]): void {
  if (out.trim() === "") throw new UsageError(`${option}: ${words.empty}`);
  if (out === "-") throw new UsageError(`${option} -: ${words.dash}`);
  refuseStdoutTarget(option, out, stdout, `give ${option} another file or send the report elsewhere`);
  const target = fileIdentity(out);
  for (const [read, path] of reads) {
    if (path === undefined || target === undefined) continue;
    if (fileIdentity(path, stdin) === target) throw new UsageError(`${option} ${out}: is the ${read} file${path === "-" ? " (stdin is redirected from it)" : ""}; ${words.instead}`);
  }
  const problem = unwritable(out);
  if (problem) throw new IoError(`${option}: cannot write ${out}: ${problem}`);
}
