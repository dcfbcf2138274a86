import type { Command } from "commander";
import { FORMATS } from "../views/formats.js";
import type { CliIo } from "./io.js";
import type { RawFitOptions } from "./scorecard/runFit.js";
import { addLabelledInput, addLabelledView } from "./labelledOptions.js";
import { addBinningOptions } from "./scorecard/binningFlags.js";
import { addFormatOptions, policyOption } from "./sharedOptions.js";

const EXAMPLES = `
Examples:
  $ suishendai fit labelled.ndjson --out fitted.json
  $ node examples/generate-labelled.mjs --count 50000 --seed 1 > labelled.ndjson
  $ suishendai fit profiles.ndjson --outcomes outcomes.ndjson --out fitted.json
  $ suishendai fit labelled.ndjson --format json > fit.json
  $ suishendai fit own.csv --target bad --bad yes --out fitted.json
  $ suishendai fit labelled.ndjson --max-bins 5 --breaks zhimaScore=600,650,700
  $ suishendai simulate examples/profiles/typical.json --policy fitted.json

Input: profiles (NDJSON, a JSON array, or stdin) each with a 0/1 outcome
field (--target, default defaulted), or profiles with ids and --outcomes FILE
(portfolio --outcomes: one {"id", "defaulted"} a line), joined by id. The
report goes to stdout; --out writes the fitted policy. A record that cannot
be used is reported on stderr by line and left out: exit 1 after the report.
Own data (columns no built-in profile has, or --fields): every column but
the target and the id is a characteristic, typed from its values (number,
category, boolean); without --policy the fitted policy is built on the
built-in one's scaling, cut-off, bands and pricing (docs/fit.md).`;

/** Registers `fit`: a scorecard fitted on labelled profiles, as a complete policy. */
export function addFitCommand(program: Command, io: CliIo): void {
  const command = addLabelledInput(program.command("fit").description("fit the scorecard's bins and points on labelled profiles (WOE, logistic regression)"))
    .addOption(policyOption("the base policy: its characteristics are binned, the rest kept (default: the built-in one)"))
    .option("--fields <list>", "the columns to fit on, by commas (own data: default every column but the target and the id)")
    .option("--out <file>", "write the fitted policy (JSON) to this file")
    .option("--scores <file>", "write each record's id, score, PD, band, outcome and set (train|holdout): .csv as CSV, else NDJSON")
    .option("--seed <n>", "seed of the stratified train/holdout split", "1")
    .option("--select <method>", "none: every characteristic with IV ≥ --iv-min; forward: add them one by one by Wald p-value while p ≤ 0.05", "none");
  addLabelledView(addBinningOptions(command)).addHelpText("after", EXAMPLES);
  addFormatOptions(command, FORMATS.fit).action(async (input: string, raw: Omit<RawFitOptions, "quiet">) => {
    const { runFit } = await import("./scorecard/runFit.js");
    await runFit(io, input, { ...raw, quiet: program.opts().quiet === true });
  });
}
