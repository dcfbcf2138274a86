import type { BookSetup, ResultSetup } from "../../engine/portfolio/toResult.js";
import type { PolicyJson } from "../../policy/schemas.js";
import type { WorldJson } from "../../policy/worldSchema.js";
import { UsageError } from "../errors.js";
import type { FieldOverride } from "../overrides.js";
import { policiesDigest, runFingerprint, type PartRun } from "./partFile.js";
import { withEconomics, type EconomicsOverride } from "./economicsOverrides.js";
import type { PortfolioRun } from "./portfolioEvaluator.js";
import { sweepPolicies, type Sweep } from "./sweep.js";

/** What the options ask for, parsed. */
export interface PortfolioOptions {
  readonly champion: PolicyJson;
  readonly challenger?: PolicyJson;
  readonly sweep?: Sweep;
  readonly economics: readonly EconomicsOverride[];
  readonly seed: number;
  readonly runs: number;
  /** A fraction as a decimal string. */
  readonly nplTarget: string;
  readonly overrides: readonly FieldOverride[];
  readonly outcomes: boolean;
  /** How applicants behave (--world, else the default world). */
  readonly world: WorldJson;
  /** Monthly cohorts (--originate-months, 1 by default). */
  readonly originateMonths: number;
  /** The --outcomes labels' window in months on book (--window, 12 by default). */
  readonly window: number;
  /** With a challenger: the two policies' files, shown beside their names when the names are the same. */
  readonly files?: { readonly champion: string; readonly challenger: string };
}

/** Everything a run is a function of, but its input: the books' policies, how the run goes, and how its result is made. */
export interface PortfolioSetup {
  readonly policies: readonly PolicyJson[];
  readonly run: PortfolioRun;
  readonly result: ResultSetup;
  /** What a --partial file records of the run (all of the above but --outcomes, which changes no figure). */
  readonly part: PartRun;
  /** Its hash: parts of the same run share it. */
  readonly fingerprint: string;
}

/** The largest loan a book may hold (the largest amount any loan may have, product none's). */
const MAX_LOAN_CNY = 1_000_000_000;

function bookSetup(json: PolicyJson, role: BookSetup["role"], sweepValue?: string): BookSetup {
  return { role, ...(sweepValue === undefined ? {} : { sweepValue }), policy: `${json.name} v${json.version}`, economics: json.economics, bands: json.bands.map((b) => b.band) };
}

/** Champion and challenger of the same name and version: each with its file beside it, so the two headers differ. */
function sameNamed(books: BookSetup[], files: PortfolioOptions["files"]): BookSetup[] {
  const [a, b] = books;
  if (!a || !b || !files || a.policy !== b.policy) return books;
  return [{ ...a, policy: `${a.policy} (${files.champion})` }, { ...b, policy: `${b.policy} (${files.challenger})` }];
}

/** The books: the champion (and challenger), or one champion per sweep value; --economics applied to each policy. */
export function portfolioSetup(o: PortfolioOptions): PortfolioSetup {
  const champion = withEconomics(o.champion, o.economics);
  const challenger = o.challenger && withEconomics(o.challenger, o.economics);
  const swept = o.sweep ? sweepPolicies(champion, o.sweep) : undefined;
  const policies = swept ?? (challenger ? [champion, challenger] : [champion]);
  // A loan's 分 are kept as exact integer numbers (below 2^53): 10^9 CNY is 10^11 分, far inside.
  const large = policies.find((p) => p.limit.productMax > MAX_LOAN_CNY);
  if (large) throw new UsageError(`policy ${JSON.stringify(large.name)}: limit.productMax ${large.limit.productMax} is above ${MAX_LOAN_CNY} CNY, the largest loan portfolio books`);
  const books = swept
    ? swept.map((p, i) => bookSetup(p, "champion", o.sweep?.values[i]?.toString()))
    : sameNamed([bookSetup(champion, "champion"), ...(challenger ? [bookSetup(challenger, "challenger")] : [])], o.files);
  const result: ResultSetup = { world: o.world.name, originateMonths: o.originateMonths, seed: o.seed, runs: o.runs, nplTarget: o.nplTarget, books, ...(o.sweep ? { sweepPath: o.sweep.path } : {}) };
  const run: PortfolioRun = { seed: o.seed, runs: o.runs, overrides: o.overrides, challenger: challenger !== undefined, outcomes: o.outcomes, world: o.world, originateMonths: o.originateMonths, window: o.window };
  const part: PartRun = { setup: result, policies: policiesDigest([...policies, o.world]), set: o.overrides };
  return { policies, run, result, part, fingerprint: runFingerprint(part) };
}
