import type { Command } from "commander";
import { methodNames } from "../../engine/methods/index.js";
import { FEE_RESIDUALS, FLAT_FEE_PREPAYS, PRINCIPAL_ROUNDINGS } from "../../engine/methods/types.js";
import { COMPARE_SORTS } from "../../engine/compare.js";
import { PREPAY_MODES } from "../../engine/prepayment.js";
import { PRODUCTS } from "../../engine/products.js";
import { INTEREST_BASES, YEAR_BASES } from "../../engine/rates.js";
import { FORMATS, SUMMARY_FORMATS } from "../../views/formats.js";
import { LANGS } from "../../views/lang.js";
import { SELECT_METHODS } from "../../app/scorecard/selectMethods.js";
import { LAYOUTS } from "../../views/formats.js";
import { INPUT_FORMATS } from "../../app/batch/inputFormat.js";
import { presets } from "../presets.js";

/** What a shell needs to complete one command: its options and their fixed values. */
export interface CommandCompletion {
  readonly name: string;
  readonly options: readonly string[];
  /** Option → the words it accepts; "FILE" completes file names. */
  readonly values: Readonly<Record<string, readonly string[] | "FILE">>;
  /** The command's own argument: fixed words, files, or nothing to complete. */
  readonly argument: readonly string[] | "FILE" | "NONE";
}

export const SHELLS = ["bash", "zsh", "fish"] as const;

/** Fixed values by option, the same wherever the option appears. */
const SHARED_VALUES: Readonly<Record<string, readonly string[] | "FILE">> = {
  "--method": methodNames(),
  "--interest": INTEREST_BASES,
  "--year-basis": YEAR_BASES.map(String),
  "--lang": LANGS,
  "--product": Object.keys(PRODUCTS),
  "--prepay-mode": PREPAY_MODES,
  "--fee-residual": FEE_RESIDUALS,
  "--principal-rounding": PRINCIPAL_ROUNDINGS,
  "--flat-fee-prepay": FLAT_FEE_PREPAYS,
  "--summary-format": SUMMARY_FORMATS,
  "--sort": COMPARE_SORTS,
  "--layout": LAYOUTS,
  "--input-format": INPUT_FORMATS,
  "--select": SELECT_METHODS,
  "--offers": "FILE",
  "--policy": "FILE",
  "--outcomes": "FILE",
  "--out": "FILE",
  "--baseline": "FILE",
  "--scores": "FILE",
};

const ARGUMENTS: Readonly<Record<string, CommandCompletion["argument"]>> = { simulate: "FILE", fit: "FILE", validate: "FILE", completion: SHELLS };

/** Reads the options off the commander program itself and the formats off views/formats, so neither can drift. */
export function completionSpec(program: Command): CommandCompletion[] {
  return program.commands.map((command) => {
    const options = command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => typeof f === "string")).concat("--help");
    const values: Record<string, readonly string[] | "FILE"> = {};
    // The presets' ids are read from their file when a completion script is written, not at every start.
    const known: Readonly<Record<string, readonly string[] | "FILE">> = { ...SHARED_VALUES, "--preset": presets().map((p) => p.id) };
    for (const option of options) if (option in known) values[option] = known[option] as readonly string[] | "FILE";
    const formats = (FORMATS as Readonly<Record<string, readonly string[]>>)[command.name()];
    if (formats && options.includes("--format")) values["--format"] = formats;
    return { name: command.name(), options, values, argument: ARGUMENTS[command.name()] ?? "NONE" };
  });
}
