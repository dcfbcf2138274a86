import { readFailure, unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { readRecords, type InputRecord } from "../../app/batch/readRecords.js";
import { Interrupted, IoError, UsageError } from "../../app/errors.js";
import { requireBothClasses } from "../../app/scorecard/labelledChecks.js";
import { LabelledCollector, outcomesFrom, type BadRecord, type TargetSource } from "../../app/scorecard/labelledRecords.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import type { CliIo } from "../io.js";
import { keyboardHint } from "../keyboardHint.js";

const nameOf = (path: string) => (path === "-" ? "stdin" : path);

/** Every record of a file (or stdin), in order; a read fault is an I/O error naming `option`. */
async function allRecords(io: CliIo, path: string, option: string, quiet: boolean): Promise<{ records: InputRecord[]; name: string }> {
  const name = nameOf(path);
  keyboardHint(io, path, "labelled profiles (JSON, one per line)", quiet);
  const source = await io.openInput(path).catch((error: Error) => {
    throw new IoError(`${option}: cannot read ${name}: ${error.message}`);
  });
  const records: InputRecord[] = [];
  try {
    for await (const batch of readRecords(source, () => {})) {
      records.push(...batch);
      // A file is not read through the stdin reader that stops at Ctrl-C: look between batches.
      if (io.interrupted()) throw new Interrupted("interrupted");
    }
  } catch (error) {
    // fit and validate write nothing until all is read: simulate's "every line written is whole" would not be true here.
    if (error instanceof Interrupted) throw new Interrupted(`interrupted while reading, after ${records.length} records; nothing written`);
    throw readFailure(error as Error, name, records.length);
  }
  return { records, name };
}

/** The outcomes of `portfolio --outcomes` (one `{"id", "defaulted"}` a line), by id. */
async function readOutcomes(io: CliIo, path: string, field: string, quiet: boolean): Promise<TargetSource> {
  const { records, name } = await allRecords(io, path, "--outcomes", quiet);
  const read = outcomesFrom(records, field);
  if ("error" in read) throw new UsageError(`--outcomes ${name}: ${read.error}`);
  if (read.map.size === 0) throw new UsageError(`--outcomes ${name}: no outcome found`);
  return { field, outcomes: { map: read.map, name } };
}

/** Labelled profiles from `path`, outcomes from each record's `target` field or joined by id from `--outcomes`; no target: a baseline. */
export async function readLabelled(io: CliIo, path: string, options: { target?: string; outcomes?: string; outcomeField?: string; option: string; quiet: boolean }): Promise<LabelledCollector & { name: string }> {
  const source = options.target === undefined ? undefined : options.outcomes === undefined ? { field: options.target } : await readOutcomes(io, options.outcomes, options.target, options.quiet);
  const { records, name } = await allRecords(io, path, options.option, options.quiet);
  const collector = new LabelledCollector(source, options.outcomeField ?? options.target);
  for (const record of records) collector.add(record);
  if (!options.quiet) io.stderr(inputWarnings(collector, name, source));
  return Object.assign(collector, { name });
}

/** What was read but not used, as simulate words it: unknown fields; with --outcomes, an outcome field of the profiles' own that loses. */
function inputWarnings(collector: LabelledCollector, name: string, source: TargetSource | undefined): string {
  const { records, differ } = collector.carried;
  const carried = source?.outcomes && records > 0 ? `warning: ${records} record(s) of ${name} have a field ${source.field} too; the outcomes of --outcomes ${source.outcomes.name} are used (${differ} differ)\n` : "";
  const unmatched = source?.outcomes && collector.unmatched > 0 ? `note: ${collector.unmatched} profile(s) of ${name} have no outcome in ${source.outcomes.name} (not booked, say): left out\n` : "";
  return unknownFieldWarnings(collector.unknown, describeUnknownField) + carried + unmatched;
}

/** How many bad records are shown by line. */
const SHOWN = 5;

/** The first few records left out, a line each; the one-line count for the exit (undefined when none). */
export function leftOut(bad: readonly BadRecord[], name: string): { lines: string; summary?: string } {
  if (bad.length === 0) return { lines: "" };
  const lines = bad.slice(0, SHOWN).map((b) => `error: ${name} line ${b.line}: ${b.error}\n`).join("");
  const more = bad.length > SHOWN ? ` (the first ${SHOWN} shown)` : "";
  return { lines, summary: `${bad.length} record(s) of ${name} left out${more}` };
}

/** The data refused as a whole (too few of a class): the records left out are named first, as when it goes on. */
export function requireUsable(io: CliIo, labelled: LabelledCollector & { name: string }, target: string, least: number, what: string): void {
  try {
    requireBothClasses(labelled.data, labelled.bad, labelled.read, labelled.name, target, least, what);
  } catch (error) {
    // With no usable record the error itself names the first problem.
    if (labelled.data.targets.length > 0) io.stderr(leftOut(labelled.bad, labelled.name).lines);
    throw error;
  }
}
