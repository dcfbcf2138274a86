import { pdUnits } from "../../engine/portfolio/pdUnits.js";
import { addLoan, bandSums, BAND, emptyAggregate, ERRORS_KEPT, SWAP, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { addDigests, addToSample } from "../../engine/portfolio/applicantSet.js";
import { compileEconomics, type Economics } from "../../engine/portfolio/compiledEconomics.js";
import { customerLoans } from "../../engine/portfolio/customer.js";
import { expectedLoss } from "../../engine/portfolio/loanLife.js";
import { Draws, drawKey } from "../../engine/portfolio/rng.js";
import { APPLICATION_MONTH, originationMonth } from "../../engine/portfolio/origination.js";
import { simulate } from "../../engine/simulate/simulate.js";
import type { Offer, Policy } from "../../engine/simulate/types.js";
import type { BatchEvaluator } from "../batch/batchResult.js";
import { readProfile, recordId, UNKNOWN_NAMES } from "../batch/readProfile.js";
import type { FieldOverride } from "../overrides.js";
import { compileWorld } from "../../policy/loadWorld.js";
import type { WorldJson } from "../../policy/worldSchema.js";
import { worldPd } from "../../engine/world/world.js";
import { applicantHash, applicantKey } from "./applicantDigest.js";
import { windowLabel, type LoanOutcome } from "./windowLabel.js";
import { mergedDeclarations } from "../../policy/declaredNames.js";

/** How a portfolio batch runs, beside its policies: plain data, so a worker thread can be started with it. */
export interface PortfolioRun {
  readonly seed: number;
  readonly runs: number;
  readonly overrides: readonly FieldOverride[];
  /** Books[1] is a challenger (the swap set is counted). */
  readonly challenger: boolean;
  /** Write one line per booked loan of the first book's first run (--outcomes). */
  readonly outcomes: boolean;
  /** How applicants behave, whatever the policy: every book's defaults are drawn from its PDs. */
  readonly world: WorldJson;
  /** Monthly cohorts the applicants arrive over (--originate-months). */
  readonly originateMonths: number;
  /** The --outcomes labels' performance window, months on book (--window). */
  readonly window: number;
}

// A request is answered by the portfolio's own take-up rule, so the offer needs no quote of it.
const NO_QUOTE_DATE = "2000-01-01";

/**
 * portfolio's evaluator: each valid record scored under every book's policy,
 * then for each run its draws (from seed, run and its id) decide take-up and
 * each booked loan's life; the batch's figures come back as an aggregate, and
 * with --outcomes its lines, written by `outcomeLine` (the caller's view).
 * Never throws for a bad record.
 */
export function portfolioEvaluator(policies: readonly Policy[], setup: PortfolioRun, outcomeLine: (outcome: LoanOutcome) => string): BatchEvaluator {
  const economics: Economics[] = policies.map((p) => compileEconomics(p.economics, p.pricing));
  const world = compileWorld(setup.world);
  // Records are read once for every book: under every policy's declared fields.
  const declarations = mergedDeclarations(policies);
  return (records) => {
    const aggregate: PortfolioAggregate = emptyAggregate(policies.length, setup.runs, setup.challenger);
    const fields = { strict: false, unknown: new Map<string, number>(), maxNames: 100 * UNKNOWN_NAMES };
    let out = "";
    for (const record of records) {
      aggregate.applicants++;
      const read = readProfile(record, setup.overrides, declarations, fields);
      const hash = applicantHash(applicantKey(read));
      aggregate.applicantDigest = addDigests(aggregate.applicantDigest, hash);
      addToSample(aggregate.applicantSample, hash);
      if (!("profile" in read)) {
        aggregate.invalid++;
        if (aggregate.errors.length < ERRORS_KEPT) aggregate.errors.push(read);
        continue;
      }
      const truth = worldPd(world, read.profile, read.value);
      if (typeof truth !== "number") {
        aggregate.invalid++;
        if (aggregate.errors.length < ERRORS_KEPT) aggregate.errors.push({ line: record.line, id: recordId(read.value), error: truth.error });
        continue;
      }
      const key = drawKey(read.value);
      const start = originationMonth(read.value, key, setup.seed, setup.originateMonths);
      if (typeof start !== "number") {
        aggregate.invalid++;
        if (aggregate.errors.length < ERRORS_KEPT) aggregate.errors.push({ line: record.line, id: recordId(read.value), error: `${APPLICATION_MONTH}: a whole month from 1 to ${setup.originateMonths} (--originate-months), got ${JSON.stringify(start.badApplicationMonth)}` });
        continue;
      }
      const truthUnits = BigInt(Math.round(truth * 1e10));
      const request = read.profile.request;
      const profile = request ? { ...read.profile, request: undefined } : read.profile;
      const offers: Offer[] = policies.map((p) => simulate(profile, p, NO_QUOTE_DATE));
      offers.forEach((offer, i) => {
        const book = aggregate.books[i];
        if (!book) return;
        book.valid++;
        if (offer.decision !== "approved") return;
        book.approved++;
        const band = bandSums(book, offer.band ?? "");
        band[BAND.approved] = (band[BAND.approved] as bigint) + 1n;
      });
      const cell = setup.challenger ? aggregate.swap?.[swapCell(offers[0] as Offer, offers[1] as Offer)] : undefined;
      if (cell) {
        const pd = (offers[0] as Offer).pd ?? (offers[1] as Offer).pd;
        cell[SWAP.count] = (cell[SWAP.count] as bigint) + 1n;
        if (pd) {
          cell[SWAP.scored] = (cell[SWAP.scored] as bigint) + 1n;
          cell[SWAP.pdUnits] = (cell[SWAP.pdUnits] as bigint) + pdUnits(pd);
        }
      }
      const offerPdUnits = offers.map((o) => (o.pd === null ? 0n : pdUnits(o.pd)));
      for (let run = 0; run < setup.runs; run++) {
        const draws = new Draws(setup.seed, run + 1, key);
        offers.forEach((offer, i) => {
          const econ = economics[i] as Economics;
          const loans = customerLoans(offer, request, truth, draws, { seed: setup.seed, run: run + 1, key }, econ, (policies[i] as Policy).limit.minimum);
          for (const [n, { loan, life, start: after }] of loans.entries()) {
            addLoan(aggregate.books[i] as PortfolioAggregate["books"][number], run, offer.band ?? "", { ...loan, pdUnits: offerPdUnits[i] as bigint, worldPdUnits: truthUnits, expectedLoss: expectedLoss(loan, econ), costFen: econ.costPerLoanFen, repeat: n > 0 }, life, start + after);
            if (cell && i < 2) {
              const [amount, loss] = i === 0 ? [SWAP.championAmount, SWAP.championLoss] : [SWAP.challengerAmount, SWAP.challengerLoss];
              cell[amount] = (cell[amount] as bigint) + BigInt(loan.fen);
              cell[loss] = (cell[loss] as bigint) + BigInt(life.loss);
            }
            // Labels are the customer's first loan: the applicant as scored.
            if (setup.outcomes && i === 0 && run === 0 && n === 0) out += outcomeLine({ offer, loan, worldPd: truth, life, window: setup.window, defaulted: windowLabel(life, setup.window) });
          }
        });
      }
    }
    // A field world's PD field is read, not unknown.
    if (world.kind === "field") fields.unknown.delete(world.field);
    fields.unknown.delete(APPLICATION_MONTH);
    return { out, count: records.length, invalid: Number(aggregate.invalid), summaries: [], unknown: [...fields.unknown], aggregate };
  };
}

/** both / championOnly / challengerOnly / neither, by approval. */
function swapCell(champion: Offer, challenger: Offer): number {
  const a = champion.decision === "approved";
  const b = challenger.decision === "approved";
  return a && b ? 0 : a ? 1 : b ? 2 : 3;
}
