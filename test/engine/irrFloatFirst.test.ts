import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { annualizeMonthly, periodicIrr } from "../../src/engine/irr.js";
import { annualizedInFloats } from "../../src/engine/irrFloat.js";
import { METHODS, methodDefinition } from "../../src/engine/methods/index.js";
import { quote } from "../../src/engine/quote.js";
import type { QuoteInput } from "../../src/engine/quoteInput.js";
import { percent } from "../../src/views/format.js";

// quote() solves the IRR in floats and asks the decimal solver only when the
// float root could round differently. The reference here is the decimal solver
// alone (periodicIrr, Newton to 1e-24 at 40 digits) on the same cash flows:
// every figure the views print (2 and 4 decimals, and the cap check's 2) must match.

/** The decimal solver's annualized rates, percent, for a quote's own flows. */
function decimalRates(q: ReturnType<typeof quote>): { simple: Decimal; compound: Decimal } {
  const times = q.dueDay === undefined ? undefined : [new Decimal(0), ...q.schedule.map((_, k) => q.firstPeriodMonths.plus(k))];
  const guess = q.apr.isZero() ? "0.01" : q.apr.div(1200);
  const i = periodicIrr([q.netDisbursed.neg(), ...q.schedule.map((r) => r.payment)], guess, times);
  const { simple, compound } = annualizeMonthly(i);
  return { simple: simple.times(100), compound: compound.times(100) };
}

const shown = (x: Decimal) => [percent(x, 2), percent(x, 4)].join(" ");

const money = (max: number) => fc.integer({ min: 1, max }).map((fen) => new Decimal(fen).div(100).toFixed(2));
const input: fc.Arbitrary<QuoteInput> = fc
  .record({
    amount: fc.oneof(money(1_000_000), money(1_000_000_000), fc.constantFrom("100", "10000", "1200", "3000")),
    apr: fc.oneof(fc.integer({ min: 0, max: 36_000 }).map((x) => new Decimal(x).div(1000).toString()), fc.constantFrom("0", "12", "6", "24", "18.25", "7.3")),
    // Long loans are rare here: the decimal solver takes a moment on 360 periods at fractional times.
    terms: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 36 }), weight: 20 }, { arbitrary: fc.integer({ min: 37, max: 360 }), weight: 1 }),
    method: fc.constantFrom(...METHODS),
    upfront: fc.option(fc.integer({ min: 0, max: 500 }).map((x) => new Decimal(x).div(100).toString())),
    monthly: fc.option(fc.integer({ min: 0, max: 100 }).map((x) => new Decimal(x).div(100).toString())),
    dueDay: fc.option(fc.integer({ min: 1, max: 28 })),
    daily: fc.boolean(),
    start: fc.constantFrom("2026-01-31", "2025-12-15", "2024-02-29", "2026-07-01"),
  })
  .map((l) => {
    const fee = methodDefinition(l.method).charges === "fee";
    return {
      amount: l.amount,
      terms: l.terms,
      method: l.method,
      start: l.start,
      ...(fee ? { feeRate: new Decimal(l.apr).div(12).toDecimalPlaces(4).toString() } : { apr: l.apr }),
      ...(l.upfront === null ? {} : { upfrontFee: { percent: l.upfront } }),
      ...(l.monthly === null ? {} : { monthlyFee: { percent: l.monthly } }),
      ...(l.dueDay === null ? {} : { dueDay: l.dueDay }),
      ...(l.daily && !fee ? { interest: "daily" as const } : {}),
    };
  });

// `npm test` checks 100 quotes, `npm run test:slow` 600; IRR_RUNS=100000 checks more.
const RUNS = Number(process.env.IRR_RUNS ?? runs(100, 600));

describe("the float-first IRR", () => {
  it("prints what the decimal solver prints, on generated quotes of every method", () => {
    let checked = 0;
    fc.assert(
      fc.property(input, (q0) => {
        let q;
        try {
          q = quote(q0);
        } catch {
          return true; // an input no product allows (e.g. a payout of 0): not a rate question
        }
        const exact = decimalRates(q);
        expect(shown(q.annualizedRate)).toBe(shown(exact.simple));
        expect(shown(q.annualizedRateCompound)).toBe(shown(exact.compound));
        checked++;
        return true;
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS / 2); // most inputs are quotable: the property is not vacuous
  });

  it("leaves to the decimal solver a rate that sits on a rounding boundary", () => {
    // −1000 now, 1005 in a month: i = 0.5% exactly, 12·i = 6.0000% — a float can land either side.
    expect(annualizedInFloats(Float64Array.of(-1000, 1005), undefined, 0.01)).toBeUndefined();
    // A 0% loan without fees: the IRR is 0 exactly.
    expect(annualizedInFloats(Float64Array.of(-300, 100, 100, 100), undefined, 0.01)).toBeUndefined();
  });

  it("answers by itself when the rate is far from every boundary", () => {
    // −700 now, 701 in a month: i = 1/700; 12·i = 1.714285…%, (1 + 1/700)^12 − 1 = 1.7264…%.
    const r = annualizedInFloats(Float64Array.of(-700, 701), undefined, 0.01);
    expect(r && percent(r.simple, 4)).toBe("1.7143");
    expect(r && percent(r.compound, 2)).toBe("1.73");
  });

  it("gives up (for the decimal solver) when the flows never change sign", () => {
    expect(annualizedInFloats(Float64Array.of(100, 100), undefined, 0.01)).toBeUndefined();
  });
});
