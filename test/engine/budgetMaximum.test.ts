import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highestPayment, largestAmount } from "../../src/engine/budget.js";
import { Decimal } from "../../src/engine/decimal.js";
import type { Method } from "../../src/engine/methods/index.js";
import { quote } from "../../src/engine/quote.js";
import type { QuoteInput } from "../../src/engine/quoteInput.js";
import { runCli } from "../cli/runCli.js";

// quote --payment must give the largest amount that fits, not a local one: rounding the
// installment once makes the highest payment a saw in the amount, so a bisection can stop
// below amounts that fit. The oracle here is a brute-force scan, 分 by 分, from the answer
// up to a ceiling no fitting amount can pass, derived by hand for each method:
// - 等额本息: every period but the last pays A = round(P·f) ≥ P·f − 0.005, so a fitting P
//   has P ≤ (budget + 0.005) / f, f = r / (1 − (1+r)^−n), r = APR/1200.
// - 等额本金: period 1 pays round(P/n) + round(P·r) ≥ P/n + P·r − 0.01.
// - flat-fee (花呗 rounding, floor): a regular period pays floor(P/n) + floor(fee/n) ≥
//   (P + fee)/n − 0.02, fee = round(P·t) ≥ P·t − 0.005, so P ≤ (budget + 0.03) / ((1+t)/n).

type Loan = Omit<QuoteInput, "amount">;
const START = "2026-01-15";
const RANGE = { min: new Decimal("0.01"), max: new Decimal(1e9) };

const fits = (loan: Loan, amount: Decimal, budget: Decimal) => highestPayment(quote({ ...loan, amount })).lte(budget);

/** The most a fitting amount can be (see above), in CNY. */
function ceilingByHand(loan: Loan, budget: Decimal): Decimal {
  const n = loan.terms;
  if (loan.method === "flat-fee") return budget.plus("0.03").div(new Decimal(loan.totalFeeRate ?? 0).div(100).plus(1).div(n));
  const r = new Decimal(loan.apr ?? 0).div(1200);
  if (loan.method === "equal-principal") return budget.plus("0.01").div(new Decimal(1).div(n).plus(r));
  const f = r.isZero() ? new Decimal(1).div(n) : r.div(new Decimal(1).minus(r.plus(1).pow(-n)));
  return budget.plus("0.005").div(f);
}

/** Whether `answer` fits and no amount above it, up to the hand-derived ceiling, does. */
function isTheMaximum(loan: Loan, budget: Decimal, answer: Decimal): boolean {
  if (!fits(loan, answer, budget)) return false;
  const top = ceilingByHand(loan, budget).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  for (let p = answer.plus("0.01"); p.lte(top); p = p.plus("0.01")) if (fits(loan, p, budget)) return false;
  return true;
}

describe("quote --payment gives the largest amount that fits", () => {
  it("7.3% × 12 for 3,000 a month: 34,616.01 (34,615.90 was a local answer)", () => {
    const loan: Loan = { apr: "7.3", terms: 12, start: START };
    const budget = new Decimal(3000);
    // 34,615.90 × f (f = 0.0866651… at r = 0.608333…%) = 2,999.9907 → A = 2,999.99, and the last
    // period settles at 3,000.00; 34,615.91 still has A = 2,999.99 and settles at 3,000.01 (too
    // much); from about 34,615.95 A = 3,000.00 takes back the last period's excess, and so
    // 34,616.01 (A = 3,000.00, 34,616.01 × f = 3,000.0002) fits again; 34,616.02 settles at 3,000.01.
    expect(highestPayment(quote({ ...loan, amount: "34615.91" })).toFixed(2)).toBe("3000.01");
    expect(highestPayment(quote({ ...loan, amount: "34616.01" })).toFixed(2)).toBe("3000.00");
    expect(highestPayment(quote({ ...loan, amount: "34616.02" })).toFixed(2)).toBe("3000.01");
    const answer = largestAmount(loan, budget, RANGE);
    expect(answer.fits && answer.amount.toFixed(2)).toBe("34616.01");
    expect(isTheMaximum(loan, budget, new Decimal("34616.01"))).toBe(true);
  });

  it("random budgets, rates and terms (fixed seed): the answer fits and nothing above it does", () => {
    const method = fc.constantFrom<Method>("equal-installment", "equal-installment", "equal-principal", "flat-fee");
    const input = fc.record({ method, apr: fc.integer({ min: 0, max: 3600 }), terms: fc.integer({ min: 2, max: 12 }), budgetFen: fc.integer({ min: 10_000, max: 2_000_000 }) });
    fc.assert(
      fc.property(input, ({ method, apr, terms, budgetFen }) => {
        const rate = new Decimal(apr).div(100).toFixed(2);
        const loan: Loan = method === "flat-fee" ? { method, totalFeeRate: rate, terms, start: START, feeResidual: "last" } : { method, apr: rate, terms, start: START };
        const budget = new Decimal(budgetFen).div(100);
        const answer = largestAmount(loan, budget, RANGE);
        return answer.fits && isTheMaximum(loan, budget, answer.amount);
      }),
      { numRuns: 40 },
    );
  });

  it("daily interest and a due day: the answer is still the maximum", () => {
    const budget = new Decimal(3000);
    for (const loan of [
      { apr: "7.3", terms: 12, start: START, interest: "daily" },
      { apr: "18", terms: 6, start: START, dueDay: 5 },
    ] as Loan[]) {
      const answer = largestAmount(loan, budget, RANGE);
      expect(answer.fits && isTheMaximum(loan, budget, answer.amount)).toBe(true);
    }
  });
});

describe("long terms: the search walks the plateaus from the top", () => {
  it("24% × 360 for 5,000 a month: 249,799.60, the maximum (the bisection alone stopped at 242,495.58)", () => {
    // f = 0.02 / (1 − 1.02^−360) = 0.0200163…; A ≤ 5,000 needs P ≤ 5,000.005 / f ≈ 249,799.9: the
    // scan from the answer to that ceiling is a few dozen amounts.
    const loan: Loan = { apr: "24", terms: 360, start: START };
    const answer = largestAmount(loan, new Decimal(5000), RANGE);
    expect(answer.fits && [answer.amount.toFixed(2), answer.unsettled]).toEqual(["249799.60", undefined]);
    expect(isTheMaximum(loan, new Decimal(5000), new Decimal("249799.60"))).toBe(true);
  });

  it("where rounding makes the last payment erratic the search stops and says so", async () => {
    // 100% over 360 terms: (1 + 1/12)^360 ≈ 3·10^12, so a 分 of rounding in A moves the last
    // payment by more than any budget; no bound ends the walk, which stops after MAX_PLATEAUS.
    const r = await runCli(["quote", "--payment", "5000", "--apr", "100", "--terms", "360", "--product", "none", "--start", START, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("note: the search stopped after 2000 rounding steps above 4615.38: at this rate and term rounding makes the highest payment erratic, so a larger amount may also fit\n");
  });
});

describe("quote --payment --product none with fees in CNY", () => {
  it("searches only amounts the fees allow (it used to quote 0.01 with a 5.00 fee and fail)", async () => {
    const run = (fee: string[]) => runCli(["quote", "--payment", "2000", "--apr", "12", "--terms", "12", ...fee, "--product", "none", "--start", START, "--format", "json"]);
    // 5.00 a month leaves 1,995.00 for the installment: 1,995 ÷ 0.0888487887 = 22,453.95 at most.
    const monthly = await run(["--monthly-fee", "5"]);
    expect([monthly.code, (JSON.parse(monthly.stdout) as { amount: string }).amount]).toEqual([0, "22453.89"]);
    // A deducted fee does not change the schedule: the same 22,510.16 as without it.
    const upfront = await run(["--upfront-fee", "100"]);
    expect([upfront.code, (JSON.parse(upfront.stdout) as { amount: string }).amount]).toEqual([0, "22510.16"]);
  });
});

describe("quote --payment --product none at the product's maximum", () => {
  it("a budget above the largest loan's payment answers 1,000,000,000.00 (it used to fail)", async () => {
    const r = await runCli(["quote", "--payment", "2000000000", "--apr", "1", "--terms", "1", "--product", "none", "--start", START, "--format", "json", "--lang", "en"]);
    // One period at 1%/12: 1,000,000,000 × (1 + 0.01/12) = 1,000,833,333.33 ≤ 2,000,000,000.
    const q = JSON.parse(r.stdout) as { amount: string; schedule: { payment: string }[] };
    expect([r.code, q.amount, q.schedule[0]?.payment]).toEqual([0, "1000000000.00", "1000833333.33"]);
    expect(r.stderr).toBe("note: the largest amount whose highest payment over 1 terms is at most 2000000000.00: 1000000000.00\n");
  });
});
