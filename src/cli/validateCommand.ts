import type { Command } from "commander";
import { FORMATS } from "../views/formats.js";
import type { CliIo } from "./io.js";
import type { RawValidateOptions } from "./scorecard/runValidate.js";
import { addLabelledInput, addLabelledView } from "./labelledOptions.js";
import { addFormatOptions, policyOption } from "./sharedOptions.js";

const EXAMPLES = `
Examples:
  $ suishendai validate labelled.ndjson --policy fitted.json
  $ suishendai validate recent.ndjson --policy fitted.json --baseline old.ndjson
  $ suishendai validate recent.ndjson --policy fitted.json --format json

KS, AUC/Gini and calibration (by the policy's bands) of the policy's scores
on labelled profiles. With --baseline, the population stability index (PSI)
of the score and of each characteristic, by the policy's bins, from the
baseline to the input: under 0.1 stable, 0.1-0.25 watch, 0.25 or more shifted.`;

/** Registers `validate`: how well a policy ranks and predicts on labelled profiles, and how stable they are. */
export function addValidateCommand(program: Command, io: CliIo): void {
  const command = addLabelledInput(program.command("validate").description("measure a policy on labelled profiles: KS, AUC/Gini, calibration, and PSI against a baseline"))
    .addOption(policyOption("the policy to measure (default: the built-in one)"))
    .option("--baseline <file>", "profiles to compare with (no outcomes needed): PSI of the score and of each characteristic")
    .option("--scores <file>", "write each record's id, score, PD, band and outcome: .csv as CSV, else NDJSON");
  addLabelledView(command).addHelpText("after", EXAMPLES);
  addFormatOptions(command, FORMATS.validate).action(async (input: string, raw: Omit<RawValidateOptions, "quiet">) => {
    const { runValidate } = await import("./scorecard/runValidate.js");
    await runValidate(io, input, { ...raw, quiet: program.opts().quiet === true });
  });
}
