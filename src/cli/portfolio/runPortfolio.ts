import { unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { readRecords } from "../../app/batch/readRecords.js";
import { runRecords } from "../../app/batch/runRecords.js";
import { IoError, UsageError } from "../../app/errors.js";
import { partialText } from "../../app/portfolio/partial.js";
import { portfolioSetup } from "../../app/portfolio/portfolioSetup.js";
import { emptyAggregate, mergeAggregates, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import { FORMATS } from "../../views/formats.js";
import type { CliIo } from "../io.js";
import { keyboardHint } from "../keyboardHint.js";
import { parseWholeNumber } from "../parseInputs.js";
import { chosenFormat, parseLang } from "../sharedOptions.js";
import { startProgress } from "../simulate/progress.js";
import { finishPortfolio, portfolioStyle, throwOnInvalid } from "./finishPortfolio.js";
import { refuseFileClashes } from "./fileClashes.js";
import { openOutcomes } from "./outcomesFile.js";
import { portfolioOptions, type RawPortfolioOptions } from "./portfolioOptions.js";
import { PORTFOLIO_WORKER_URL, portfolioBatches, type PortfolioWorkerSetup } from "./portfolioWorkerSetup.js";

/**
 * Below this input size one thread is faster. One run of one book costs a
 * profile less than simulate does (no quote, no output line), so workers
 * break even about where simulate's do: on the 2-core dev machine, 10 MB
 * (30,000 profiles) took 1.72 s with --jobs 1 and 1.25 s with --jobs 2 when
 * the cores were free, and 4.15 s with --jobs 2 when they were not.
 */
export const PORTFOLIO_PARALLEL_FROM_BYTES = 10_000_000;

/**
 * Runs `portfolio`: each valid profile scored under each book's policy, its
 * offer taken up or not, each loan run month by month; the sums of every
 * batch merged, then one result (or with --partial, the sums for `merge`).
 * Loaded only when the command runs.
 */
export async function runPortfolio(io: CliIo, input: string, raw: RawPortfolioOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.portfolio);
  if (raw.partial && (raw.format !== FORMATS.portfolio[0] || raw.json)) throw new UsageError("--partial: writes the part's sums as JSON for `suishendai merge`; give --format to merge instead");
  if (raw.partial && raw.ascii) throw new UsageError("--ascii: --partial writes JSON for `suishendai merge`; give --ascii to merge instead");
  const style = portfolioStyle(io, format, raw, parseLang(raw.lang, io.env));
  await refuseFileClashes(input, raw);
  const options = await portfolioOptions(io, raw);
  const setup = portfolioSetup(options);
  const jobsGiven = raw.jobs === undefined ? undefined : parseWholeNumber(raw.jobs, "--jobs", 1, 64);
  const name = input === "-" ? "stdin" : input;
  const source = await io.openInput(input).catch((error: Error) => {
    throw new IoError(`input: cannot read ${name}: ${error.message}`);
  });
  const batches = readRecords(source, () => {});
  const keyboard = input === "-" && io.stdinIsTTY;
  keyboardHint(io, input, "profiles (JSON, one per line)", raw.quiet === true);
  const large = source.size !== undefined && source.size >= PORTFOLIO_PARALLEL_FROM_BYTES;
  const jobs = jobsGiven ?? (large ? Math.min(8, io.cpus) : 1);
  const worker: PortfolioWorkerSetup = { policies: setup.policies, run: setup.run };
  const outcomes = raw.outcomes === undefined ? undefined : await openOutcomes(raw.outcomes);
  let total: PortfolioAggregate = emptyAggregate(setup.policies.length, setup.run.runs, setup.run.challenger);
  const progress = await startProgress(io, raw.quiet === true || keyboard, "portfolio");
  let totals;
  try {
    try {
    totals = await runRecords(
      {
        records: batches,
        write: (text) => outcomes?.write(text) ?? Promise.resolve(),
        interrupted: () => io.interrupted(),
        progress,
        source: name,
        aggregate: (part) => (total = mergeAggregates(total, part as PortfolioAggregate)),
      },
      jobs > 1 ? { kind: "workers", jobs, worker: PORTFOLIO_WORKER_URL, workerData: worker } : { kind: "sequential", evaluate: portfolioBatches(worker) },
    );
    } finally {
      progress.stop();
    }
    // An empty shard (a split of a small file, an empty Spark partition) is a part with nothing in it.
    if (totals.count === 0 && !raw.partial) throw new UsageError(`input: no profile found in ${name}`);
    await outcomes?.commit();
  } catch (error) {
    // A failed or stopped run leaves an existing --outcomes file as it was.
    await outcomes?.discard();
    throw error;
  }
  if (!raw.quiet) io.stderr(unknownFieldWarnings(totals.unknown, describeUnknownField));
  if (raw.partial) {
    await io.writeOut(partialText(setup.part, total));
    throwOnInvalid(io, total);
    return;
  }
  await finishPortfolio(io, total, setup.result, format, style);
}
