import { unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { declaredFieldTypes } from "../../app/batch/csvFieldTypes.js";
import { readRecords } from "../../app/batch/readRecords.js";
import { runRecords } from "../../app/batch/runRecords.js";
import { Interrupted, IoError, OutputClosed, UsageError } from "../../app/errors.js";
import { unusedTermWeights } from "../../app/portfolio/economicsOverrides.js";
import { partialText } from "../../app/portfolio/partFile.js";
import { portfolioSetup } from "../../app/portfolio/portfolioSetup.js";
import { sayWords } from "../../app/fieldError.js";
import { OPTION_WORDS } from "../optionNames.js";
import { PortfolioTotals } from "../../app/portfolio/portfolioTotals.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import { FORMATS } from "../../views/formats.js";
import type { CliIo } from "../io.js";
import { keyboardHint } from "../keyboardHint.js";
import { parseWholeNumber } from "../parseInputs.js";
import { readerGone } from "../readerGone.js";
import { chosenFormat, parseInputFormat, parseJobs, parseLang } from "../sharedOptions.js";
import { startProgress } from "../simulate/progress.js";
import { missingWorldField } from "../../app/portfolio/missingWorldField.js";
import { finishPortfolio, portfolioStyle, throwOnInvalid } from "./finishPortfolio.js";
import { refuseFileClashes } from "./fileClashes.js";
import { OutcomeIds } from "./outcomeIds.js";
import { openOutcomes } from "./outcomesFile.js";
import { openAtomic } from "../atomicWrite.js";
import { parseShard, portfolioOptions, type RawPortfolioOptions } from "./portfolioOptions.js";
import { PORTFOLIO_WORKER_URL, portfolioBatches, type PortfolioWorkerSetup } from "./portfolioWorkerSetup.js";

/**
 * One thread unless --jobs asks for workers. A portfolio line costs little
 * next to reading and parsing it, so workers mostly copy text: on the 2-core
 * dev machine, 99,000 profiles (35 MB) took 2.2 / 2.4 s with --jobs 1 and
 * 2.0 / 1.8 s with --jobs 2 while other work ran (a user measured 3.3-4.7 s
 * against 5.6-6.9 s on a busier one), with 145 MB of memory against 250 MB.
 */
const DEFAULT_JOBS = 1;

/** Ctrl-C: portfolio writes its result only at the end, so nothing was written (the batch's own message speaks of lines). */
function stopped(error: Interrupted, files: readonly string[]): Interrupted {
  const count = error.records;
  return new Interrupted(`interrupted${count === undefined ? "" : ` after ${count} record(s)`}; no result written${files.length ? `, ${files.join(" and ")} left as ${files.length > 1 ? "they were" : "it was"}` : ""}`);
}

/**
 * Runs `portfolio`: each valid profile scored under each book's policy, its
 * offer taken up or not, each loan run month by month; the sums of every
 * batch merged, then one result (or with --partial, the sums for `merge`).
 * Loaded only when the command runs.
 */
/** The note for a policy that declares its own fields under the default world. */
export const OWN_FIELDS_WORLD_NOTE = "note: the default world draws each applicant's behaviour from built-in fields (zhimaScore, dsr, maxDpd24m, …); for records of your own fields give --world FITTED.json (a fitted policy) to draw it from your own model\n";

export async function runPortfolio(io: CliIo, input: string, raw: RawPortfolioOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.portfolio);
  // A part is JSON: --json or --format json say so; another format given (the default table is not) is for merge.
  if (raw.partial && raw.formatGiven && raw.format !== "json") throw new UsageError(`--format ${raw.format}: --partial writes the part's sums as JSON for \`suishendai merge\`; give --format ${raw.format} to merge instead`);
  if (raw.partial && raw.ascii) throw new UsageError("--ascii: --partial writes JSON for `suishendai merge`; give --ascii to merge instead");
  const shard = parseShard(raw.shard, raw.partial === true);
  const inputFormat = parseInputFormat(raw.inputFormat, input);
  // A table for --out FILE is not drawn to the terminal's width.
  const { columns: _terminal, ...noTerminal } = io;
  const style = portfolioStyle(raw.out === undefined ? io : noTerminal, format, raw, parseLang(raw.lang, io.env));
  await refuseFileClashes(input, raw, io.stdinIdentity?.(), io.stdoutIdentities?.());
  const options = await portfolioOptions(io, raw);
  const setup = portfolioSetup(options);
  if (!raw.quiet) io.stderr(unusedTermWeights(options.economics, setup.policies).map((w) => sayWords(w, OPTION_WORDS)).join(""));
  // The default world reads built-in fields only: under a policy of a team's own fields it sees none of
  // them, and every applicant would draw the same PD. Said once, before the run, where to point it.
  if (!raw.quiet && raw.world === undefined && setup.policies.some((p) => (p.fields ?? []).length > 0)) io.stderr(OWN_FIELDS_WORLD_NOTE);
  const jobsGiven = raw.jobs === undefined ? undefined : parseJobs(raw.jobs, io.cpus);
  const name = input === "-" ? "stdin" : input;
  const source = await io.openInput(input).catch((error: Error) => {
    throw new IoError(`input: cannot read ${name}: ${error.message}`);
  });
  const batches = readRecords(source, () => {}, { format: inputFormat, fieldTypes: declaredFieldTypes({ fields: setup.policies.flatMap((p) => p.fields ?? []) }) });
  const keyboard = input === "-" && io.stdinIsTTY;
  keyboardHint(io, input, "profiles (JSON, one per line)", raw.quiet === true);
  if (jobsGiven?.note && !raw.quiet) io.stderr(jobsGiven.note);
  const jobs = jobsGiven?.jobs ?? DEFAULT_JOBS;
  const worker: PortfolioWorkerSetup = { policies: setup.policies, run: setup.run };
  // --out FILE takes stdout's place: the result (or part) goes to a temporary beside FILE, put in place at the end.
  const result = raw.out === undefined ? undefined : await openAtomic(raw.out, "--out");
  const outcomes = raw.outcomes === undefined ? undefined : await openOutcomes(raw.outcomes).catch(async (error: unknown) => {
    await result?.discard();
    throw error;
  });
  const discard = async () => void (await outcomes?.discard(), await result?.discard());
  const view: CliIo = result ? { ...io, writeOut: (text) => result.write(text) } : io;
  const ids = new OutcomeIds();
  const totalsSoFar = new PortfolioTotals(setup);
  // Nothing reaches stdout until the bar has stopped: the bar stays even when stdout is the terminal.
  const progress = await startProgress(io, raw.quiet === true || keyboard, "portfolio", raw.ascii === true, false);
  let totals;
  try {
    try {
    totals = await runRecords(
      {
        records: batches,
        write: (text) => {
          if (!outcomes) return Promise.resolve();
          const kept = ids.kept(text);
          ids.add(kept);
          return outcomes.write(kept);
        },
        interrupted: () => io.interrupted(),
        progress,
        source: name,
        aggregate: (part) => totalsSoFar.add(part),
      },
      jobs > 1 ? { kind: "workers", jobs, worker: PORTFOLIO_WORKER_URL, workerData: worker } : { kind: "sequential", evaluate: portfolioBatches(worker) },
    );
    } finally {
      progress.stop();
    }
    // An empty shard (a split of a small file, an empty Spark partition) is a part with nothing in it.
    if (totals.count === 0 && !raw.partial) throw new UsageError(`input: no profile found in ${name}`);
    const missing = missingWorldField(setup.run.world, totalsSoFar.aggregate);
    if (missing && !raw.partial) throw new UsageError(`--world: no record has field ${JSON.stringify(missing)} (the world reads each applicant's PD from it)`);
    await outcomes?.flush();
  } catch (error) {
    // A failed or stopped run leaves existing --out and --outcomes files as they were.
    await discard();
    throw error instanceof Interrupted ? stopped(error, [...(result ? ["--out"] : []), ...(outcomes ? ["--outcomes"] : [])]) : error;
  }
  if (!raw.quiet) io.stderr(unknownFieldWarnings(totals.unknown, (field) => describeUnknownField(field, setup.policies.flatMap((p) => p.fields?.map((f) => f.name) ?? []))) + ids.warnings());
  // --outcomes takes its place only once the result is written: a result that cannot be written leaves the old file.
  const place = async () => {
    await result?.commit().catch(async (error: unknown) => {
      await outcomes?.discard();
      throw error;
    });
    await outcomes?.commit();
  };
  // A reader of stdout that left (`| head -1`) loses the view, not the file asked for: --outcomes is still put in place, then exit 0.
  let closed = false;
  const written = async (write: () => Promise<void>) => {
    try {
      closed = await readerGone(write);
    } catch (error) {
      await discard();
      throw error;
    }
  };
  const total = totalsSoFar.aggregate;
  if (raw.partial) {
    await written(() => view.writeOut(partialText(setup.part, total, shard)));
    await place();
    throwOnInvalid(io, total);
  } else {
    await finishPortfolio(view, total, setup.result, format, style, written, place);
  }
  if (closed) throw new OutputClosed();
}
