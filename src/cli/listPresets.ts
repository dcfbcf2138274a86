import type { Command } from "commander";
import { UsageError } from "../app/errors.js";
import { presetListJson, presetListText } from "../views/presetList.js";
import type { CliIo } from "./io.js";
import { presets } from "./presets.js";
import { parseLang } from "./sharedOptions.js";

/** compare's options that choose or price offers: with --list-presets there is nothing to choose or price. */
const PRICING = ["offer", "offers", "preset", "terms", "sort", "layout", "start", "cap", "chart", "ascii"] as const;

const flag = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * compare --list-presets: the bundled presets as a list (--lang) or a JSON
 * array (--format json / --json). An amount or any option that picks or prices
 * offers is refused: it would be silently ignored.
 */
export function listPresets(command: Command, amountText: string | undefined, raw: { readonly format: string; readonly json?: boolean; readonly lang?: string }, io: CliIo): void {
  if (amountText !== undefined) throw new UsageError(`--list-presets: lists the bundled presets and prices nothing; leave out the amount (${amountText})`);
  const given = PRICING.find((name) => command.getOptionValueSource(name) === "cli");
  if (given) throw new UsageError(`--list-presets: lists the bundled presets and prices nothing; leave out ${flag(given)}`);
  if (raw.json && raw.format !== "table" && raw.format !== "json") throw new UsageError(`--json and --format ${raw.format}: give one output format`);
  const format = raw.json ? "json" : raw.format;
  if (format !== "table" && format !== "json") throw new UsageError(`--format ${format}: --list-presets prints table or json`);
  const items = presets();
  io.stdout(format === "json" ? presetListJson(items) : presetListText(items, parseLang(raw.lang, io.env)));
}
