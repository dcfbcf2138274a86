import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portfolioEvaluator } from "../../src/app/portfolio/portfolioEvaluator.js";
import { Decimal } from "../../src/engine/decimal.js";
import { emptyAggregate, mergeAggregates, type PortfolioAggregate } from "../../src/engine/portfolio/aggregate.js";
import { compileEconomics } from "../../src/engine/portfolio/compiledEconomics.js";
import { DEFAULT_ECONOMICS } from "../../src/engine/portfolio/economics.js";
import { loanLife } from "../../src/engine/portfolio/loanLife.js";
import { Draws } from "../../src/engine/portfolio/rng.js";
import { toResult } from "../../src/engine/portfolio/toResult.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { defaultWorld } from "../../src/policy/loadWorld.js";
import { population } from "./population.js";

// Fast-check draws from the suite's one fixed seed (test/setup/fastCheckSeed.ts).

const loan = fc.record({
  fen: fc.integer({ min: 10_000, max: 5_000_000 }),
  apr: fc.integer({ min: 0, max: 2400 }).map((bp) => new Decimal(bp).div(100)),
  terms: fc.integer({ min: 1, max: 36 }),
  pd: fc.double({ min: 0, max: 1, noNaN: true }),
});
/** The loan as booked carries the offer's PD as a decimal; the world's PD (the draws) is the double. */
const booked = (l: { fen: number; apr: Decimal; terms: number; pd: number }) => ({ ...l, pd: new Decimal(l.pd) });
const economics = fc.record({
  pdMultiplier: fc.double({ min: 0, max: 20, noNaN: true }),
  chargeOffDays: fc.integer({ min: 30, max: 720 }),
  cureRate: fc.double({ min: 0, max: 1, noNaN: true }),
  prepayRate: fc.double({ min: 0, max: 1, noNaN: true }),
  costOfFunds: fc.integer({ min: 0, max: 2000 }).map((bp) => new Decimal(bp).div(100)),
  lgd: fc.integer({ min: 0, max: 100 }).map((pct) => new Decimal(pct).div(100)),
});
const econOf = (e: { pdMultiplier: number; chargeOffDays: number; cureRate: number; prepayRate: number; costOfFunds: Decimal; lgd: Decimal }) =>
  compileEconomics({ ...DEFAULT_ECONOMICS, pdMultiplier: e.pdMultiplier, chargeOffDays: e.chargeOffDays, cureRate: e.cureRate, prepayRate: e.prepayRate }, { lgd: e.lgd, costOfFunds: e.costOfFunds, opex: new Decimal(2.5) });

describe("one loan's life (property)", () => {
  it("conserves the principal: booked = repaid + prepaid + charged off, month by month", () => {
    fc.assert(
      fc.property(loan, economics, fc.string(), (l, e, key) => {
        const life = loanLife(booked(l), l.pd, new Draws(1, 1, key), econOf(e));
        let outstanding = l.fen;
        let repaid = 0;
        for (const m of life.months.slice(1)) {
          outstanding -= m.principalPaid + m.prepaid + m.chargeOff;
          repaid += m.principalPaid + m.prepaid + m.chargeOff;
          expect(m.outstanding).toBe(outstanding);
          expect(m.dpd1to30 + m.dpd31to60 + m.dpd61to90 + m.dpd90plus).toBeLessThanOrEqual(m.outstanding);
          expect(m.recovery).toBeLessThanOrEqual(m.chargeOff);
        }
        expect(repaid).toBe(l.fen);
        const last = life.months.at(-1);
        expect([last?.active, last?.outstanding]).toEqual([0, 0]);
        expect(life.loss).toBe(life.months.reduce((s, m) => s + m.chargeOff - m.recovery, 0));
      }),
    );
  });

  // Without cures: a cure checked in a month the safer loan is not yet past due can set the riskier one back on course.
  it("never defaults later under a higher hazard with the same draws (common random numbers), cures aside", () => {
    fc.assert(
      fc.property(loan, economics.map((e) => ({ ...e, cureRate: 0 })), fc.double({ min: 1, max: 10, noNaN: true }), fc.string(), (l, e, stress, key) => {
        const low = loanLife(booked(l), l.pd, new Draws(3, 1, key), econOf(e));
        const high = loanLife(booked(l), l.pd, new Draws(3, 1, key), econOf({ ...e, pdMultiplier: e.pdMultiplier * stress }));
        if (low.defaultMonth !== null) expect(high.defaultMonth).not.toBeNull();
        if (low.defaultMonth !== null && high.defaultMonth !== null) expect(high.defaultMonth).toBeLessThanOrEqual(low.defaultMonth);
      }),
    );
  });
});

describe("aggregates (property)", () => {
  const { policy } = defaultPolicy();
  const records = population(240).map((text, i) => ({ line: i + 1, text }));
  const run = { seed: 5, runs: 2, overrides: [], challenger: true, outcomes: false, world: defaultWorld(), originateMonths: 1, window: 12 };
  const evaluate = portfolioEvaluator([policy, policy], run, () => "");
  const setup = { world: "default world", originateMonths: 1, seed: 5, runs: 2, nplTarget: "0.02", books: ["champion", "challenger"].map((role) => ({ role: role as "champion", policy: "p", economics: DEFAULT_ECONOMICS, bands: policy.bands.map((b) => b.band) })) };
  const whole = evaluate(records).aggregate as PortfolioAggregate;
  const cut = (from: number, to: number) => evaluate(records.slice(from, to)).aggregate as PortfolioAggregate;

  it("merge parts of a batch, in any grouping and order, into exactly the whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 240 }), (x, y) => {
        const [i, j] = x <= y ? [x, y] : [y, x];
        const [a, b, c] = [cut(0, i), cut(i, j), cut(j, 240)];
        const left = mergeAggregates(mergeAggregates(a, b), c);
        const right = mergeAggregates(a, mergeAggregates(b, c));
        const swapped = mergeAggregates(c, mergeAggregates(b, a));
        expect(left).toEqual(right);
        expect(swapped).toEqual(left);
        expect(toResult(left, setup)).toEqual(toResult(whole, setup));
        expect(toResult(mergeAggregates(emptyAggregate(2, 2, true), left), setup)).toEqual(toResult(whole, setup));
      }),
      { numRuns: 15 },
    );
  });
});
