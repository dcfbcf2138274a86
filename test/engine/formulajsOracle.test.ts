import * as formulajs from "@formulajs/formulajs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { equalInstallmentRows } from "../../src/engine/methods/equalInstallment.js";
import { periodicIrr } from "../../src/engine/irr.js";
import { monthlyRate } from "../../src/engine/rates.js";

// An independent oracle: Excel's financial functions as formulajs implements
// them, in binary floating point. Where our exact figures and its floats may
// differ, the tolerance says why.
const { PMT, IPMT, RATE, IRR } = formulajs as unknown as {
  PMT(rate: number, nper: number, pv: number): number;
  IPMT(rate: number, per: number, nper: number, pv: number): number;
  RATE(nper: number, pmt: number, pv: number, fv?: number, type?: number, guess?: number): number | Error;
  IRR(values: number[], guess?: number): number | Error;
};

const loan = fc.record({
  fen: fc.integer({ min: 100_000, max: 1_000_000_000 }), // 1,000 – 10,000,000 CNY
  bp: fc.integer({ min: 1, max: 3600 }), // APR 0.01% – 36% in basis points
  n: fc.integer({ min: 1, max: 360 }),
});

describe("cross-check against formulajs (Excel PMT / IPMT / RATE / IRR)", () => {
  it("the equal installment is round(PMT) to the 分", () => {
    fc.assert(
      fc.property(loan, ({ fen, bp, n }) => {
        const amount = new Decimal(fen).div(100);
        const apr = new Decimal(bp).div(100);
        const ours = equalInstallmentRows(amount, monthlyRate(apr), n)[0]!.payment;
        // Exact value against exact value: P·r / (1 − (1+r)^−n) in 60-digit
        // decimals, r = bp / 120,000, rounded half-up to the 分.
        const D = Decimal.clone({ precision: 60 });
        const r = new D(bp).div(120_000);
        const exact = new D(fen).div(100).times(r).div(new D(1).minus(r.plus(1).pow(-n)));
        expect(ours.toFixed(2)).toBe(exact.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
        // Float against exact, with a relative tolerance as numpy-financial's
        // tests use: at tiny rates formulajs's (1+r)^n − 1 cancels, so its PMT
        // carries a relative error far above 1e-16 (fen=999999976, bp=3, n=7:
        // exact 1,428,714.254996…, formulajs 1,428,714.2550000856).
        const pmt = PMT(bp / 120_000, n, -fen / 100);
        expect(Math.abs(ours.toNumber() - pmt)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(pmt));
      }),
      { numRuns: runs(300, 1500) },
    );
  });

  it("the case a float PMT gets wrong: exact rounding wins over formulajs", () => {
    const ours = equalInstallmentRows(new Decimal("9999999.76"), monthlyRate(new Decimal("0.03")), 7)[0]!.payment;
    // Hand check: r = 0.0003/12 = 0.000025; P·r/(1−(1+r)^−7) = 1,428,714.254996… → 1,428,714.25
    expect(ours.toFixed(2)).toBe("1428714.25");
    expect(PMT(0.03 / 1200, 7, -9999999.76)).toBeGreaterThan(1428714.255);
  });

  it("each period's interest is round(IPMT) within the drift of paying rounded installments", () => {
    fc.assert(
      fc.property(loan, ({ fen, bp, n }) => {
        const r = bp / 120_000;
        const rows = equalInstallmentRows(new Decimal(fen).div(100), monthlyRate(new Decimal(bp).div(100)), n);
        rows.slice(0, -1).forEach((row, i) => {
          const ipmt = IPMT(r, i + 1, n, -fen / 100);
          // Our balance after k periods is the exact one plus the k roundings of
          // A and of each interest (≤ 0.005 each), compounded at most (1+r)^k:
          // the interest on that gap is ≤ r·k·0.01·(1+r)^k, plus 0.005 for
          // rounding this period's interest itself.
          const k = i;
          const drift = r * k * 0.01 * (1 + r) ** k + 0.005 + 1e-6;
          expect(Math.abs(row.interest.toNumber() - ipmt)).toBeLessThanOrEqual(drift);
        });
      }),
      { numRuns: runs(120, 600) },
    );
  });

  it("our IRR equals RATE on level annuities and IRR on our own schedules to 1e-6", () => {
    fc.assert(
      fc.property(loan, fc.integer({ min: 0, max: 500 }), ({ fen, bp, n }, feeBp) => {
        const amount = fen / 100;
        const net = amount * (1 - feeBp / 10_000);
        const rows = equalInstallmentRows(new Decimal(fen).div(100), monthlyRate(new Decimal(bp).div(100)), Math.min(n, 120));
        const flows = [-net, ...rows.map((row) => row.payment.toNumber())];
        const ours = periodicIrr([new Decimal(-fen).div(100).times(new Decimal(1).minus(new Decimal(feeBp).div(10_000))), ...rows.map((row) => row.payment)]).toNumber();
        const irr = IRR(flows, bp / 120_000);
        // formulajs IRR is Newton in floats with a fixed iteration cap; where it
        // does not converge it returns an Error, and only converged answers count.
        if (typeof irr === "number" && Number.isFinite(irr)) expect(Math.abs(ours - irr)).toBeLessThan(1e-6);
        const level = rows[0]!.payment.toNumber();
        const rate = RATE(Math.min(n, 120), -level, net);
        const oursLevel = periodicIrr([-net, ...Array(Math.min(n, 120)).fill(level)]).toNumber();
        if (typeof rate === "number" && Number.isFinite(rate)) expect(Math.abs(oursLevel - rate)).toBeLessThan(1e-6);
      }),
      { numRuns: runs(120, 600) },
    );
  });
});
