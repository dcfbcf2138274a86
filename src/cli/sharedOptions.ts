import { Argument, Option, type Command } from "commander";
import type { IsoDate } from "../engine/dates.js";
import { DEFAULT_CAP } from "../engine/products.js";
import { langFromEnv, LANGS, type Lang } from "../views/lang.js";
import { wantsAscii } from "../views/wantsAscii.js";
import { UsageError } from "../app/errors.js";
import { formatFor, INPUT_FORMATS, type InputFormat } from "../app/batch/inputFormat.js";
import { parseChoice, parseIsoDate, parseWholeNumber } from "./parseInputs.js";

// The options more than one command takes, declared and parsed here only.
// Each command words its help in its own terms, so descriptions come in.

export const quietOption = () => new Option("-q, --quiet", "no progress bar or notes on stderr (errors still print)");
export const langOption = (description: string) => new Option("--lang <lang>", description);
export const startOption = (description: string) => new Option("--start <YYYY-MM-DD>", description);
export const policyOption = (description: string) => new Option("--policy <file>", description);
/** The profiles a batch command reads (simulate, portfolio). */
export const profilesArgument = () => new Argument("[input]", "a profile file (JSON, NDJSON or CSV); - or nothing reads stdin").default("-");
/** `--input-format`: how the records are written; auto (the default) decides by the name (.csv), else by the first character. */
export const inputFormatOption = (whose = "the input") =>
  new Option("--input-format <format>", `how ${whose} is written: auto (by the name: .csv, .json/.ndjson/.jsonl; else { or [ first is JSON, anything else CSV with a header row) | json | csv`).default("auto");

/** The format to read `path` in: `--input-format`, with auto settled by a .csv name. */
export function parseInputFormat(text: string | undefined, path: string): InputFormat {
  return formatFor(parseChoice(text ?? "auto", "--input-format", INPUT_FORMATS), path);
}

/** --set: a profile field overridden in every record (repeatable, once per field). */
export const setOption = () =>
  new Option("--set <field=value>", "override a profile field for a what-if run (repeatable)").argParser((v: string, prev: string[]) => [...prev, v]).default([]);
export const capOption = (description: string) => new Option("--cap <percent>", description).default(DEFAULT_CAP.toString());

/** `--format` with its choices (the first is the default), and `--json` as its alias, the same on every command. */
export function addFormatOptions(command: Command, formats: readonly string[], description = `output: ${formats.join(" | ")}`): Command {
  return command.option("--format <format>", description, formats[0]).option("--json", "the same as --format json");
}

/** The format asked for; `--json` beside another `--format` is a contradiction. */
export function chosenFormat<T extends string>(raw: { readonly format: string; readonly json?: boolean }, formats: readonly T[]): T {
  if (raw.json && raw.format !== "table" && raw.format !== "json") throw new UsageError(`--json and --format ${raw.format}: give one output format`);
  return parseChoice(raw.json ? "json" : raw.format, "--format", formats);
}

/** `--ascii`: table borders and bars in plain ASCII. */
export const asciiOption = (description = "plain ASCII: table borders and chart bars (automatic when the locale is not UTF-8)") => new Option("--ascii", description);

/** `--chart` and `--ascii`: how the table format is drawn. */
export function addChartOptions(command: Command): Command {
  return command.option("--chart", "draw bars instead of the table").addOption(asciiOption());
}

/** The view to render: `--chart` is the chart view of the table format; --ascii (or a locale that is not UTF-8) draws it plain. */
export function drawnFormat<F extends string>(format: F, raw: { readonly chart?: boolean; readonly ascii?: boolean }, env: Readonly<Record<string, string | undefined>>): { format: F | "chart"; ascii: boolean } {
  if (raw.chart && format !== "table") throw new UsageError(`--chart: draws the table format only, not ${format}`);
  if (raw.ascii && format !== "table") throw new UsageError(`--ascii: draws the table format only, not ${format}`);
  return { format: raw.chart ? "chart" : format, ascii: wantsAscii(raw.ascii === true, env) };
}

/** `--lang`, else the language of the user's locale. */
export function parseLang(text: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  return text === undefined ? langFromEnv(env) : parseChoice(text, "--lang", LANGS);
}

/** `--start`, else today. */
export function parseStart(text: string | undefined, today: () => string): IsoDate {
  return text === undefined ? today() : parseIsoDate(text, "--start");
}

/**
 * `--jobs`: worker threads, at most the cores this process may use (`cpus`):
 * more only add memory (64 on 2 cores took 1.3 GB) for the same bytes. A cap
 * comes with a note for stderr.
 */
export function parseJobs(text: string, cpus: number): { jobs: number; note?: string } {
  const asked = parseWholeNumber(text, "--jobs", 1, 64);
  const cores = Math.max(1, cpus);
  if (asked <= cores) return { jobs: asked };
  const plural = cores === 1 ? "" : "s";
  return { jobs: cores, note: `note: --jobs ${asked}: ${cores} core${plural} here, so ${cores} worker thread${plural} (more would only take memory, for the same output)\n` };
}
