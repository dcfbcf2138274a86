import type { Command } from "commander";
import { IoError, LintFailed, PoliciesDiffer, UsageError } from "../app/errors.js";
import { PolicyError } from "../policy/policyError.js";
import type { CliIo } from "./io.js";
import { NotUtf8 } from "./strictUtf8.js";

async function readPolicy(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readText(file);
  } catch (error) {
    if (error instanceof NotUtf8) throw new UsageError(`policy ${file === "-" ? "stdin" : file}: ${error.message}`);
    throw new IoError(`policy: cannot read ${file === "-" ? "stdin" : file}: ${(error as Error).message}`);
  }
}

/** `policy lint FILE`: every error and warning on stderr, one a line; exit 1 when there is an error. */
async function lint(io: CliIo, file: string): Promise<void> {
  const text = await readPolicy(io, file);
  const { checkPolicy, policyData } = await import("../policy/loadPolicy.js");
  let report;
  try {
    report = checkPolicy(policyData(text, file));
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    io.stderr(`error: ${error.message}\n`);
    throw new LintFailed(error.message);
  }
  for (const f of report.errors) io.stderr(`error: policy ${file}: ${f.path}: ${f.message}\n`);
  for (const f of report.warnings) io.stderr(`warning: policy ${file}: ${f.path}: ${f.message}\n`);
  // The checks of the values need a policy of the right shape: say they have not run yet.
  if (report.json === undefined && report.errors.length) io.stderr(`note: policy ${file}: fix these first; the checks of the values (bands, bins, terms, the cap) run on a policy that parses\n`);
  io.stderr(`policy ${file}: ${report.errors.length} error(s), ${report.warnings.length} warning(s)\n`);
  if (report.errors.length) throw new LintFailed(`${report.errors.length} error(s)`);
}

/**
 * `policy diff A B`: each changed value by path on stdout; both files must be
 * JSON (not necessarily valid policies). Exits as diff(1): 0 the same, 1
 * different, 2 trouble (a file unreadable or not JSON).
 */
async function diff(io: CliIo, a: string, b: string): Promise<void> {
  const { policyData } = await import("../policy/loadPolicy.js");
  const { policyDiff } = await import("../app/policyDiff.js");
  let lines: string[];
  try {
    lines = policyDiff(policyData(await readPolicy(io, a), a), policyData(await readPolicy(io, b), b));
  } catch (error) {
    // Exit 1 says "they differ" here: a file that cannot be read is trouble, 2.
    if (error instanceof PolicyError || error instanceof IoError) throw new UsageError(error.message);
    throw error;
  }
  if (!lines.length) return io.stderr(`policy diff: ${a} and ${b} have the same values\n`);
  io.stdout(`${lines.join("\n")}\n`);
  throw new PoliciesDiffer(`${lines.length} difference(s)`);
}

/** Adds `policy lint FILE` and `policy diff A B` to the policy command. */
export function addPolicySubcommands(policy: Command, io: CliIo): void {
  policy
    .command("lint")
    .description("check a policy file: errors (contradictions; exit 1) and warnings (suspicious choices), on stderr")
    .argument("<file>", "a credit policy JSON file")
    .action((file: string) => lint(io, file));
  policy
    .command("diff")
    .description("every value that differs between two policy files, by path: old → new; exit 0 same, 1 different, 2 trouble")
    .argument("<a>", "the old policy JSON file")
    .argument("<b>", "the new policy JSON file")
    .action((a: string, b: string) => diff(io, a, b));
}
