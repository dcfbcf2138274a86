import { UsageError } from "../../app/errors.js";
import { sameFileAs } from "../sameFile.js";
import { refuseStdoutTarget } from "../stdoutClash.js";

/** The files a portfolio run reads, by the option that names each (the input as "input"). */
function readFiles(input: string, raw: { readonly policy?: string; readonly challenger?: string; readonly world?: string }): [string, string][] {
  return [["input", input], ["--policy", raw.policy], ["--challenger", raw.challenger], ["--world", raw.world]].filter((e): e is [string, string] => e[1] !== undefined);
}

/**
 * Refused before any work: stdin named twice (the second would read nothing),
 * and --outcomes or --out naming a file the run reads (writing it would destroy it) —
 * the same file by identity, through ./, .. or a symlink too, or the file
 * stdin is redirected from (identity `stdinFile`) when one of them is "-";
 * and either naming where stdout goes (identities `stdout`).
 */
export async function refuseFileClashes(input: string, raw: { readonly policy?: string; readonly challenger?: string; readonly world?: string; readonly outcomes?: string; readonly out?: string }, stdinFile?: string, stdout?: readonly string[]): Promise<void> {
  const reads = readFiles(input, raw);
  const stdin = reads.filter(([, file]) => file === "-").map(([option]) => option);
  if (stdin.length > 1) throw new UsageError(`${stdin.join(" and ")}: stdin can be read once; give ${stdin.length > 2 ? "all but one" : "one of them"} as a file`);
  const outputs = [
    ["--outcomes", raw.outcomes, "stdout holds the result", "give --outcomes another file or send stdout elsewhere"],
    ["--out", raw.out, "without --out the result goes to stdout", "leave --out out: the result goes to stdout without it"],
  ] as const;
  for (const [output, out, dash, elsewhere] of outputs) {
    if (out === undefined) continue;
    if (out.trim() === "") throw new UsageError(`${output}: give a file name, got an empty one`);
    if (out === "-") throw new UsageError(`${output}: give a file name (${dash})`);
    refuseStdoutTarget(output, out, stdout, elsewhere);
    for (const [option, file] of reads) {
      if (sameFileAs(out, [file], stdinFile) !== undefined) throw new UsageError(`${output}: ${out} is the ${option} file${file === "-" ? " (stdin is redirected from it)" : ""}; writing it would destroy it, so give another name`);
    }
  }
  if (raw.out !== undefined && raw.outcomes !== undefined && sameFileAs(raw.out, [raw.outcomes]) !== undefined) throw new UsageError(`--out: ${raw.out} is the --outcomes file; give each its own file`);
}
