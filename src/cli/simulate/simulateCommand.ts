import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { FORMATS, SUMMARY_FORMATS } from "../../views/formats.js";
import { addFormatOptions, inputFormatOption, langOption, policyOption, profilesArgument, setOption, startOption } from "../sharedOptions.js";
import type { RawSimulateOptions } from "./runSimulate.js";

const EXAMPLES = `
Examples:
  $ suishendai simulate examples/profiles/typical.json
  $ suishendai simulate examples/profiles/typical.json --set zhimaScore=720 \\
      --explain --lang en
  $ suishendai simulate examples/profiles/population.ndjson --summary \\
      > offers.ndjson
  $ suishendai simulate examples/profiles/typical.json \\
      --what-if zhimaScore=700 --what-if activeLenders=0
  $ suishendai simulate examples/profiles/population.ndjson \\
      --set zhimaScore+=20 --keep age,zhimaScore --summary --by band \\
      > offers.ndjson
  $ suishendai simulate profiles.ndjson --strict --policy my-policy.json
  $ suishendai simulate examples/profiles/population.ndjson --format csv \\
      > offers.csv

Input is one JSON profile, a JSON array, NDJSON (one profile a line), or CSV
with a header row, from a file or stdin (-), detected from the name (.csv) or
the text (--input-format says it). One profile gets a readable answer
(or JSON with --format json); many get NDJSON, one line per input record in
input order, an invalid record replaced by {"line", "id", "error"}. Exit 1 when
any record was invalid. --format csv writes a header and one row per record
instead (codes, not texts; an invalid record's row holds line, id and error).`;

/** Registers `simulate`: records → validation → engine → JSON lines or a readable view. */
export function addSimulateCommand(program: Command, io: CliIo): void {
  const command = program
    .command("simulate")
    .description("score JSON user profiles into explainable offers (one, or a stream)")
    .addArgument(profilesArgument())
    .addOption(inputFormatOption())
    .addOption(policyOption("a credit policy JSON file instead of the built-in one"))
    .addOption(langOption("language of reasons and the view: zh | en (default: from LANG, else zh)"))
    .option("--explain", "add the points of each characteristic")
    .addOption(setOption())
    .option("--keep <fields>", "input fields to carry into each offer as \"input\", e.g. age,zhimaScore (repeatable)", (v: string, prev: string[]) => [...prev, v], [])
    .option("--what-if <field=value>", "one profile: its offer as it is and with this change, side by side (repeatable)", (v: string, prev: string[]) => [...prev, v], [])
    .option("--schedule", "one profile, table format: the requested loan's repayment schedule")
    .addOption(startOption("drawdown date for a requested loan's quote (default: today)"))
    .option("--jobs <n>", "worker threads for a batch (default: the cores, up to 8, for a file of 10 MB or more; else 1)")
    .option("--strict", "an unknown profile field makes its record an error (default: a warning)")
    .option("--summary", "after the batch, a summary on stderr")
    .option("--by <segment>", "with --summary: figures per band | decision-code | FIELD:deciles | FIELD:a,b,c (repeatable)", (v: string, prev: string[]) => [...prev, v], [])
    .option("--summary-format <format>", `with --summary: ${SUMMARY_FORMATS.join(" | ")} (default ${SUMMARY_FORMATS[0]})`)
    .addHelpText("after", EXAMPLES);
  addFormatOptions(command, FORMATS.simulate, `one profile: ${FORMATS.simulate.join(" | ")}; many: NDJSON, or with csv a header and a row per record`)
    .action(async (input: string, raw: RawSimulateOptions) => {
      const { runSimulate } = await import("./runSimulate.js");
      await runSimulate(io, input, { ...raw, quiet: program.opts().quiet === true });
    });
}
