import type { Command } from "commander";
import { parseChoice } from "./parseInputs.js";
import { UsageError } from "./usageError.js";

/** `--format` with its choices, and `--json` as its alias, the same on every command. */
export function addFormatOptions(command: Command, formats: readonly string[], description = `output: ${formats.join(" | ")}`): Command {
  return command.option("--format <format>", description, "table").option("--json", "the same as --format json");
}

/** The format asked for; `--json` beside another `--format` is a contradiction. */
export function chosenFormat<T extends string>(raw: { readonly format: string; readonly json?: boolean }, formats: readonly T[]): T {
  if (raw.json && raw.format !== "table" && raw.format !== "json") throw new UsageError(`--json and --format ${raw.format}: give one output format`);
  return parseChoice(raw.json ? "json" : raw.format, "--format", formats);
}
