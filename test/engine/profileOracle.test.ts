import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { annualizeMonthly, periodicIrr } from "../../src/engine/irr.js";
import { monthlyRateOf } from "../../src/engine/rates.js";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { percent } from "../../src/views/format.js";
import { amortizeDecimal, installmentDecimal } from "../oracles/decimalReference.js";

// Offers to generated applicants: every money figure the integer 分 paths
// produce (each term's payment and total interest, a requested loan's schedule)
// and every shown rate of the float-first IRR, against the decimal.js rules and
// the decimal IRR solver. `npm test` checks 3,000 profiles; `npm run
// test:oracle` 100,000 (PROFILE_RUNS).
const RUNS = Number(process.env.PROFILE_RUNS ?? 3_000);
const generator = fileURLToPath(new URL("../../examples/generate-population.mjs", import.meta.url));

function population(count: number): unknown[] {
  const r = spawnSync(process.execPath, [generator, String(count), "11"], { encoding: "utf8", maxBuffer: 1 << 30 });
  return r.stdout.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown);
}

describe("integer 分 paths and the float-first IRR on generated profiles", () => {
  it(`agree with the decimal rules on ${RUNS.toLocaleString("en")} applicants`, () => {
    const { policy } = defaultPolicy();
    let terms = 0;
    let quotes = 0;
    for (const json of population(RUNS)) {
      let profile;
      try {
        profile = toProfile(json);
      } catch {
        continue; // the generator writes some invalid records on purpose
      }
      const offer = simulate(profile, policy, "2026-01-15");
      for (const t of offer.terms ?? []) {
        const rate = monthlyRateOf(offer.apr as Decimal);
        const payment = installmentDecimal(t.maxAmount, rate, t.terms);
        const rows = amortizeDecimal("installment", t.maxAmount, Array(t.terms).fill(rate), payment);
        const interest = rows.reduce((sum, row) => sum.plus(row.interest), new Decimal(0));
        expect([t.payment.toFixed(2), t.totalInterest.toFixed(2)]).toEqual([payment.toFixed(2), interest.toFixed(2)]);
        terms++;
      }
      const q = offer.quote;
      if (q) {
        const rate = monthlyRateOf(q.apr);
        const rows = amortizeDecimal("installment", q.amount, Array(q.terms).fill(rate), installmentDecimal(q.amount, rate, q.terms));
        expect(q.schedule.map((r) => r.payment.toFixed(2)).join(" ")).toBe(rows.map((r) => r.payment.toFixed(2)).join(" "));
        const i = periodicIrr([q.netDisbursed.neg(), ...rows.map((r) => r.payment)], q.apr.div(1200));
        const exact = annualizeMonthly(i);
        expect(percent(q.annualizedRate)).toBe(percent(exact.simple.times(100)));
        expect(percent(q.annualizedRateCompound)).toBe(percent(exact.compound.times(100)));
        quotes++;
      }
    }
    expect(terms).toBeGreaterThan(RUNS / 2); // not vacuous: most applicants get offers
    expect(quotes).toBeGreaterThan(0);
  });
});
