import { basename } from "node:path";
import { UsageError } from "../../app/errors.js";
import { parseEconomics } from "../../app/portfolio/economicsOverrides.js";
import type { Shard } from "../../app/portfolio/partFile.js";
import type { PortfolioOptions } from "../../app/portfolio/portfolioSetup.js";
import { parseSweep } from "../../app/portfolio/sweep.js";
import { parseOverride } from "../../app/overrides.js";
import { mergedDeclarations } from "../../policy/declaredNames.js";
import { refuseRepeatedValues } from "../../app/repeats.js";
import { Decimal } from "../../engine/decimal.js";
import { MAX_SHARDS } from "../../policy/partSchema.js";
import { PolicyError } from "../../policy/policyError.js";
import { policyFromText } from "../../policy/loadPolicy.js";
import { defaultWorld, worldFromText } from "../../policy/loadWorld.js";
import type { CliIo } from "../io.js";
import { parseWholeNumber } from "../parseInputs.js";
import { activePolicy } from "../policyOption.js";
import { readInputText } from "../readInputText.js";

export interface RawPortfolioOptions {
  readonly inputFormat?: string;
  readonly policy?: string;
  readonly challenger?: string;
  readonly world?: string;
  readonly originateMonths?: string;
  readonly window?: string;
  readonly sweep?: string;
  readonly seed?: string;
  readonly runs?: string;
  readonly economics: string[];
  readonly nplTarget?: string;
  readonly format: string;
  /** --format was given on the command line, not the default: with --partial only json is. */
  readonly formatGiven?: boolean;
  readonly json?: boolean;
  readonly lang?: string;
  readonly ascii?: boolean;
  readonly outcomes?: string;
  readonly out?: string;
  readonly partial?: boolean;
  readonly shard?: string;
  readonly jobs?: string;
  readonly set: string[];
  readonly quiet?: boolean;
}

/** `--npl-target`: a share written 2% or 0.02, above 0 and at most 100%. */
export function parseNplTarget(text: string | undefined): string {
  if (text === undefined) return "0.02";
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  const value = m ? new Decimal(m[1] as string).div(m[2] ? 100 : 1) : undefined;
  // A bare 1 would be 100%: almost surely 1% was meant.
  if (m && !m[2] && value?.gte(1)) throw new UsageError(`--npl-target: ${m[1]} would be ${value.times(100).toString()}%; write ${m[1]}% or ${value.div(100).toString()} (a share)`);
  if (!value || value.lte(0) || value.gt(1)) throw new UsageError(`--npl-target: expected a share above 0 and at most 100% such as 2% or 0.02, got ${JSON.stringify(text)}`);
  return value.toString();
}

/** `--shard I/N` (with --partial only): this part is shard I of N, 1-based; null without it. */
export function parseShard(text: string | undefined, partial: boolean): Shard | null {
  if (text === undefined) return null;
  if (!partial) throw new UsageError("--shard: only with --partial (it names the part a shard writes for `suishendai merge`)");
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [Number.NaN, Number.NaN];
  if (!m || index < 1 || count > MAX_SHARDS || index > count) {
    throw new UsageError(`--shard: expected I/N, this part's shard I of N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} such as 2/8, got ${JSON.stringify(text)}`);
  }
  return { index, count };
}

/** The two policy files as shown beside same-named policies: their base names, or the paths given when those are the same too. */
function policyFiles(champion: string, challenger: string): { champion: string; challenger: string } {
  return basename(champion) === basename(challenger) ? { champion, challenger } : { champion: basename(champion), challenger: basename(challenger) };
}

/** --challenger FILE: a second policy, read and checked as --policy is. */
async function challengerPolicy(io: CliIo, file: string, quiet: boolean) {
  try {
    return policyFromText(await readInputText(io, "--challenger", file, "the challenger policy (JSON)", quiet), file).json;
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(`--challenger: ${error.message}`);
    // A challenger that cannot be read is an I/O fault (exit 1), as for --policy and the input.
    throw error;
  }
}

/** --world FILE: how applicants behave, read and checked as a policy is; the default world without it. */
async function worldOption(io: CliIo, file: string | undefined, quiet: boolean) {
  if (file === undefined) return defaultWorld();
  try {
    return worldFromText(await readInputText(io, "--world", file, "the world (JSON)", quiet), file);
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(`--world: ${error.message}`);
    throw error;
  }
}

/** The options as the app's PortfolioOptions: everything checked before any input is read. */
export async function portfolioOptions(io: CliIo, raw: RawPortfolioOptions): Promise<PortfolioOptions> {
  const quiet = raw.quiet === true;
  if (raw.sweep !== undefined && raw.challenger !== undefined) throw new UsageError("--sweep: not with --challenger (a sweep runs the champion policy at each value)");
  const seed = raw.seed === undefined ? 1 : parseWholeNumber(raw.seed, "--seed", 0, 4_294_967_295);
  const runs = raw.runs === undefined ? 1 : parseWholeNumber(raw.runs, "--runs", 1, 1000);
  const nplTarget = parseNplTarget(raw.nplTarget);
  const sweep = raw.sweep === undefined ? undefined : parseSweep(raw.sweep);
  const economics = raw.economics.map(parseEconomics);
  refuseRepeatedValues("--economics", economics, raw.economics, (o) => (o.term === undefined ? o.key : `${o.key}.${o.term}`));
  const champion = (await activePolicy(io, raw.policy, quiet)).json;
  const challenger = raw.challenger === undefined ? undefined : await challengerPolicy(io, raw.challenger, quiet);
  // --set may name a field either book's policy declares.
  const declarations = mergedDeclarations([champion, ...(challenger ? [challenger] : [])].map((p) => ({ ...(p.fields ? { fields: p.fields.map((f) => ({ ...f, missing: f.missing ?? true })) } : {}) })));
  const overrides = raw.set.map((text) => parseOverride(text, declarations));
  refuseRepeatedValues("--set", overrides, raw.set, (o) => o.path.join("."));
  const world = await worldOption(io, raw.world, quiet);
  const originateMonths = raw.originateMonths === undefined ? 1 : parseWholeNumber(raw.originateMonths, "--originate-months", 1, 120);
  if (raw.window !== undefined && raw.outcomes === undefined) throw new UsageError("--window: the performance window of the --outcomes labels; give it with --outcomes FILE");
  const window = raw.window === undefined ? 12 : parseWholeNumber(raw.window, "--window", 1, 60);
  const files = raw.challenger === undefined ? {} : { files: policyFiles(raw.policy ?? "built-in", raw.challenger) };
  return { world, originateMonths, window, champion, ...(challenger ? { challenger } : {}), ...files, ...(sweep ? { sweep } : {}), economics, seed, runs, nplTarget, overrides, outcomes: raw.outcomes !== undefined };
}
