import { readFailure, unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { declaredFieldTypes, type FieldTypes } from "../../app/batch/csvFieldTypes.js";
import { formatFor, type InputFormat } from "../../app/batch/inputFormat.js";
import { readRecords, type InputRecord, type ReadOptions } from "../../app/batch/readRecords.js";
import { Interrupted, IoError, UsageError } from "../../app/errors.js";
import { requireBothClasses } from "../../app/scorecard/labelledChecks.js";
import { isObject, LabelledCollector, recordValue, type BadRecord, type CollectorOptions, type TargetSource } from "../../app/scorecard/labelledRecords.js";
import { outcomesFrom } from "../../app/scorecard/outcomesFile.js";
import type { ProfileDeclarations } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import type { CliIo } from "../io.js";
import type { Lang } from "../../views/lang.js";
import { keyboardHint } from "../keyboardHint.js";
import { DEFAULT_COLUMNS, wrapText } from "../../views/wrapText.js";
import { INPUT_NOTES, noteLines } from "./inputNotes.js";

const nameOf = (path: string) => (path === "-" ? "stdin" : path);

/** Every record of a file (or stdin), in order; a read fault is an I/O error naming `option`. */
async function allRecords(io: CliIo, path: string, option: string, quiet: boolean, read: ReadOptions): Promise<{ records: InputRecord[]; name: string }> {
  const name = nameOf(path);
  // Wrapped by words: the terminal would cut it mid-word at 80 columns.
  keyboardHint(io, path, "labelled profiles (JSON, one per line)", quiet, (line) => wrapText(line, io.columns ?? DEFAULT_COLUMNS, "  ").join("\n"));
  const source = await io.openInput(path).catch((error: Error) => {
    throw new IoError(`${option}: cannot read ${name}: ${error.message}`);
  });
  const records: InputRecord[] = [];
  try {
    for await (const batch of readRecords(source, () => {}, read)) {
      records.push(...batch);
      // A file is not read through the stdin reader that stops at Ctrl-C: look between batches.
      if (io.interrupted()) throw new Interrupted("interrupted");
    }
  } catch (error) {
    // fit and validate write nothing until all is read: simulate's "every line written is whole" would not be true here.
    if (error instanceof Interrupted) throw new Interrupted(`interrupted while reading, after ${records.length} records; nothing written`);
    throw readFailure(error as Error, name, records.length, option);
  }
  return { records, name };
}

/** An outcomes file read: the source to join by, its lines left out, its null ids. */
interface OutcomesSource {
  readonly source: TargetSource;
  readonly bad: readonly BadRecord[];
  readonly nullIds: number;
  readonly name: string;
}

/** The outcomes of `portfolio --outcomes` (one `{"id", "defaulted"}` a line), by id. */
async function readOutcomes(io: CliIo, path: string, field: string, bad: string | undefined, quiet: boolean, fieldTypes?: FieldTypes): Promise<OutcomesSource> {
  const { records, name } = await allRecords(io, path, "--outcomes", quiet, { format: formatFor("auto", path), ...(fieldTypes ? { fieldTypes } : {}) });
  const read = outcomesFrom(records, field);
  if ("error" in read) throw new UsageError(`--outcomes ${name}: ${read.error}`);
  if (read.map.size === 0) throw new UsageError(`--outcomes ${name}: no outcome found${read.bad[0] ? ` (line ${read.bad[0].line}: ${read.bad[0].error})` : ""}`);
  return { source: { field, ...(bad === undefined ? {} : { bad }), outcomes: { map: read.map, name } }, bad: read.bad, nullIds: read.nullIds, name };
}

/** Labelled profiles as read, with the lines of the outcomes file left out (named after the report). */
export type Labelled = LabelledCollector & { name: string; outcomesLeftOut?: { bad: readonly BadRecord[]; name: string } };

/**
 * How a file's records are read: the outcome field and its bad value; `format`,
 * how `path` is written (default auto by its name or text; --outcomes is always
 * auto); a CSV's columns are typed by the built-in fields and the policy's
 * declared ones (`declarations`). `prepare` sees the records' objects once
 * read, before any becomes a profile, and says how they do (the id column; for
 * own data the fields and their types).
 */
export interface LabelledReading {
  target?: string;
  bad?: string;
  outcomes?: string;
  outcomeField?: string;
  option: string;
  quiet: boolean;
  lang: Lang;
  format?: InputFormat;
  /** The policy's declared fields and required list, which records are checked against. */
  declarations?: ProfileDeclarations;
  prepare?: (records: readonly Record<string, unknown>[], name: string) => CollectorOptions;
}

/** Labelled profiles from `path`, outcomes from each record's `target` field or joined by id from `--outcomes`; no target: a baseline. */
export async function readLabelled(io: CliIo, path: string, options: LabelledReading): Promise<Labelled> {
  const fieldTypes = declaredFieldTypes(options.declarations);
  const joined = options.target !== undefined && options.outcomes !== undefined ? await readOutcomes(io, options.outcomes, options.target, options.bad, options.quiet, fieldTypes) : undefined;
  const source = options.target === undefined ? undefined : (joined?.source ?? { field: options.target, ...(options.bad === undefined ? {} : { bad: options.bad }) });
  const { records: read, name } = await allRecords(io, path, options.option, options.quiet, { format: options.format ?? formatFor("auto", path), fieldTypes });
  // Parsed once: prepare looks at every record's columns before the collector reads them.
  const records = read.map((r) => {
    const parsed = recordValue(r);
    return "value" in parsed ? { line: r.line, value: parsed.value } : r;
  });
  const prepared = options.prepare?.(records.flatMap((r) => ("value" in r && isObject(r.value) ? [r.value] : [])), name) ?? {};
  // Own data: prepare's declarations (the fitted fields) replace the base policy's.
  const declarations = prepared.declarations ?? options.declarations;
  const collector = new LabelledCollector(source, options.outcomeField ?? options.target, { ...prepared, ...(declarations ? { declarations } : {}) });
  for (const record of records) collector.add(record);
  const repeated = collector.repeated.problem();
  if (repeated) throw new UsageError(`${options.option} ${name}: ${repeated}`);
  if (!options.quiet) io.stderr(inputWarnings(collector, name, joined, options.lang, declaredNames(declarations)));
  return Object.assign(collector, { name }, joined ? { outcomesLeftOut: { bad: joined.bad, name: joined.name } } : {});
}

/**
 * What was read but not used, as simulate words it: unknown fields; with
 * --outcomes, an outcome field of the profiles' own that loses, profiles
 * without an outcome, outcomes without a profile, outcomes without an id.
 */
function inputWarnings(collector: LabelledCollector, name: string, joined: OutcomesSource | undefined, lang: Lang, declared: readonly string[]): string {
  const unknown = unknownFieldWarnings(collector.unknown, (field) => describeUnknownField(field, declared));
  if (!joined) return unknown;
  const words = INPUT_NOTES[lang];
  const { records, differ } = collector.carried;
  const outcomes = joined.name;
  const noProfile = (joined.source.outcomes?.map.size ?? 0) - collector.matched.size;
  const notes = [
    ...(records > 0 ? [words.carried(records, name, joined.source.field, outcomes, differ)] : []),
    ...(collector.unmatched > 0 ? [words.noOutcome(collector.unmatched, name, outcomes)] : []),
    ...(noProfile > 0 ? [words.noProfile(noProfile, outcomes, name)] : []),
    ...(joined.nullIds > 0 ? [words.nullId(joined.nullIds, outcomes)] : []),
  ];
  return unknown + notes.map(noteLines).join("");
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
export function requireUsable(io: CliIo, labelled: Labelled, target: string, least: number, what: string, bad?: string): void {
  try {
    requireBothClasses(labelled.data, labelled.bad, labelled.read, labelled.name, target, least, what, labelled.typeOnly, bad, labelled.targetValues);
  } catch (error) {
    // With no usable record the error itself names the first problem.
    if (labelled.data.targets.length > 0) io.stderr(leftOutOf([labelled]).lines);
    throw error;
  }
}

/** The records left out of the input and of its outcomes file, named after the report; the summary for the exit (undefined when none). */
export function leftOutOf(inputs: readonly Labelled[]): { lines: string; summary?: string } {
  const parts = inputs.flatMap((l) => [leftOut(l.bad, l.name), ...(l.outcomesLeftOut ? [leftOut(l.outcomesLeftOut.bad, l.outcomesLeftOut.name)] : [])]);
  const summaries = parts.flatMap((p) => (p.summary ? [p.summary] : []));
  return { lines: parts.map((p) => p.lines).join(""), ...(summaries.length ? { summary: summaries.join("; ") } : {}) };
}
