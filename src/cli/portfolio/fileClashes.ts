import { UsageError } from "../../app/errors.js";
import { sameFileAs } from "../sameFile.js";

/** The files a portfolio run reads, by the option that names each (the input as "input"). */
function readFiles(input: string, raw: { readonly policy?: string; readonly challenger?: string }): [string, string][] {
  return [["input", input], ["--policy", raw.policy], ["--challenger", raw.challenger]].filter((e): e is [string, string] => e[1] !== undefined);
}

/**
 * Refused before any work: stdin named twice (the second would read nothing),
 * and --outcomes naming a file the run reads (writing it would destroy it) —
 * the same file by identity, through ./, .. or a symlink too, or the file
 * stdin is redirected from (identity `stdinFile`) when one of them is "-".
 */
export async function refuseFileClashes(input: string, raw: { readonly policy?: string; readonly challenger?: string; readonly outcomes?: string }, stdinFile?: string): Promise<void> {
  const reads = readFiles(input, raw);
  const stdin = reads.filter(([, file]) => file === "-").map(([option]) => option);
  if (stdin.length > 1) throw new UsageError(`${stdin.join(" and ")}: stdin can be read once; give ${stdin.length > 2 ? "all but one" : "one of them"} as a file`);
  const out = raw.outcomes;
  if (out === undefined) return;
  if (out.trim() === "") throw new UsageError("--outcomes: give a file name, got an empty one");
  if (out === "-") throw new UsageError("--outcomes: give a file name (stdout holds the result)");
  for (const [option, file] of reads) {
    if (sameFileAs(out, [file], stdinFile) !== undefined) throw new UsageError(`--outcomes: ${out} is the ${option} file${file === "-" ? " (stdin is redirected from it)" : ""}; writing it would destroy it, so give another name`);
  }
}
