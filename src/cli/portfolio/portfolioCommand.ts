import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { FORMATS } from "../../views/formats.js";
import { addFormatOptions, asciiOption, inputFormatOption, langOption, policyOption, profilesArgument, setOption } from "../sharedOptions.js";
import type { RawMergeOptions } from "./runMerge.js";
import type { RawPortfolioOptions } from "./portfolioOptions.js";

const EXAMPLES = `
Examples:
  $ suishendai portfolio examples/profiles/population.ndjson
  $ suishendai portfolio pop.ndjson --runs 20 --economics takeUp=0.5
  $ suishendai portfolio pop.ndjson --challenger my-policy.json
  $ suishendai portfolio pop.ndjson --sweep cutoff=550:700:10 --npl-target 2%
  $ suishendai portfolio pop.ndjson --outcomes loans.ndjson --format json
  $ suishendai portfolio part1.ndjson --partial --shard 1/8 --out part1.json
  $ suishendai merge part*.json                  # the parts as the one run

Each approved applicant borrows with the policy's economics (take-up, amount,
term); each loan runs month by month in the world's behaviour, not the
policy's belief (default, days past due 1-30/31-60/61-90/90+, cure,
charge-off, prepayment) from draws seeded by --seed and the profile's id, so
the result depends on neither --jobs, input order nor sharding. Exit 1 when
any record was invalid (the first are named on stderr).`;

const collect = (v: string, prev: string[]) => [...prev, v];

/** Registers `portfolio` (book the offers, run the book forward) and `merge` (parts of one run as the whole). */
export function addPortfolioCommands(program: Command, io: CliIo): void {
  const command = program
    .command("portfolio")
    .description("book the offers of a population and run the loan book forward month by month")
    .addArgument(profilesArgument())
    .addOption(inputFormatOption())
    .addOption(policyOption("a credit policy JSON file instead of the built-in one (the champion)"))
    .option("--challenger <file>", "a second policy run on the same applicants and draws: totals side by side and the swap set")
    .option("--world <file>", "how applicants behave, apart from every policy: a world JSON file (default: the built-in world, docs/portfolio.md)")
    .option("--originate-months <n>", "applicants arrive over N monthly cohorts (a record's applicationMonth 1..N, else a seeded draw): the book builds and runs off month by month (1 to 120, default 1)")
    .option("--sweep <path=from:to:step>", "run the policy at each value of a numeric parameter, e.g. cutoff=550:700:10 or bands.B.apr=8:12:1 (at most 200 values)")
    .option("--npl-target <share>", "the NPL ratio a sweep marks where it is passed, e.g. 2% or 0.02 (default 2%)")
    .option("--economics <key=value>", "override the policy's economics, e.g. takeUp=0.5 or termMix.6=1 (repeatable)", collect, [])
    .option("--seed <n>", "seed of the random draws (default 1)")
    .option("--runs <n>", "repeat with N seeds: means and the 5–95% range (1 to 1000, default 1)")
    .addOption(setOption())
    .option("--outcomes <file>", "write one NDJSON line per booked loan (the first book's first run) to this file")
    .option("--window <months>", "with --outcomes: bad = 90+ days past due within this many months on book; repaid without it or current then = good; 1-90 days past due then = indeterminate, left out and counted (default 12)")
    .option("--partial", "write this part's sums as JSON, to be combined by `suishendai merge`")
    .option("--shard <i/n>", "with --partial: this part is shard I of N (1-based), so merge refuses a shard missing or given twice")
    .option("--out <file>", "write the result (with --partial, the part) to this file instead of stdout: whole or not at all")
    .option("--jobs <n>", "worker threads (default 1: workers pay off only on large inputs with idle cores; measure before using them)")
    .addOption(langOption("language of the view: zh | en (default: from LANG, else zh)"))
    .addOption(asciiOption())
    .addHelpText("after", EXAMPLES);
  addFormatOptions(command, FORMATS.portfolio).action(async (input: string, raw: RawPortfolioOptions) => {
    const { runPortfolio } = await import("./runPortfolio.js");
    await runPortfolio(io, input, { ...raw, quiet: program.opts().quiet === true, formatGiven: command.getOptionValueSource("format") === "cli" });
  });

  const merge = program
    .command("merge")
    .description("combine the parts written by `portfolio --partial` into the whole run's result")
    .argument("<parts...>", "part files (the shell expands part*.json)")
    .addOption(langOption("language of the view: zh | en (default: from LANG, else zh)"))
    .addOption(asciiOption())
    .addHelpText("after", "\nExamples:\n  $ suishendai merge part*.json --format json\n\nThe parts must come from the same run settings (policies, economics, --seed,\n--runs, --sweep, --npl-target, --set); the result is byte for byte the one\nrun's. Parts written with --shard I/N must be all N shards, each once.\nParts are files: - (stdin) is refused.");
  addFormatOptions(merge, FORMATS.portfolio).action(async (parts: string[], raw: RawMergeOptions) => {
    const { runMerge } = await import("./runMerge.js");
    await runMerge(io, parts, raw);
  });
}
