import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsClamped, daysBetween } from "../../src/engine/dates.js";
import { Decimal } from "../../src/engine/decimal.js";
import type { Method } from "../../src/engine/methods/index.js";
import { effectiveCost, prepayAll } from "../../src/engine/prepayAll.js";
import type { PrepaymentRequest } from "../../src/engine/prepayment.js";
import { quote, type Quote } from "../../src/engine/quote.js";
import type { QuoteInput } from "../../src/engine/quoteInput.js";
import type { ScheduleRow } from "../../src/engine/schedule.js";

// Start dates around month ends and leap days: the 1st, 15th and the last
// three days of months in 2023–2029 (2024 and 2028 are leap years).
const start = fc.tuple(fc.integer({ min: 2023, max: 2029 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 15, 28, 29, 30, 31)).map(([y, m, d]) => {
  const first = `${y}-${String(m).padStart(2, "0")}-01`;
  const last = addMonthsClamped(first, 1);
  const days = daysBetween(first, last); // days in that month
  return `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, days)).padStart(2, "0")}`;
});
const dueDay = fc.integer({ min: 1, max: 28 });
const amount = fc.integer({ min: 100, max: 1_000_000_000 }).map((fen) => new Decimal(fen).div(100));
const apr = fc.integer({ min: 0, max: 360_000 }).map((x) => new Decimal(x).div(10_000));
const method = fc.constantFrom<Method>("equal-installment", "equal-principal", "interest-only", "bullet", "flat-fee");

function loan(m: Method, p: Decimal, r: Decimal, n: number, s: string, d: number, daily: boolean): QuoteInput {
  const base = { amount: p, terms: n, method: m, start: s, dueDay: d };
  return m === "flat-fee" ? { ...base, feeRate: r.div(30), feeResidual: daily ? "last" : "first" } : { ...base, apr: r, interest: daily ? "daily" : "monthly" };
}

function expectSound(rows: readonly ScheduleRow[], before: Decimal): void {
  let balance = before;
  for (const row of rows) {
    expect(row.payment.eq(row.principal.plus(row.interest).plus(row.fee))).toBe(true);
    expect(row.balance.eq(balance.minus(row.principal))).toBe(true);
    expect(row.balance.lte(balance) && row.principal.gte(0) && row.interest.gte(0) && row.fee.gte(0)).toBe(true);
    balance = row.balance;
  }
}

describe("fixed due day (fast-check)", () => {
  it("Σ principal = amount, rows add up, balances never rise, dates on day D a month apart", () => {
    fc.assert(
      fc.property(method, amount, apr, fc.integer({ min: 1, max: 60 }), start, dueDay, fc.boolean(), (m, p, r, n, s, d, daily) => {
        const q = quote(loan(m, p, r, n, s, d, daily));
        expect(q.totals.principal.eq(p)).toBe(true);
        expect(q.schedule.at(-1)?.balance.isZero()).toBe(true);
        expectSound(q.schedule, p);
        const first = q.schedule[0]!.dueDate;
        expect(daysBetween(s, first)).toBeGreaterThanOrEqual(15);
        expect(daysBetween(s, first)).toBeLessThan(15 + 31); // the first day D on or after start + 15
        q.schedule.forEach((row, k) => {
          expect(Number(row.dueDate.slice(8))).toBe(d);
          expect(row.dueDate).toBe(addMonthsClamped(first, k));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("the effective rate with no prepayment equals the annualized rate", () => {
    fc.assert(
      fc.property(method, amount, apr, fc.integer({ min: 1, max: 36 }), start, fc.option(dueDay, { nil: undefined }), (m, p, r, n, s, d) => {
        const input = loan(m, p, r, n, s, d ?? 1, false);
        const q = quote(d === undefined ? { ...input, dueDay: undefined } : input);
        const e = effectiveCost(q, q.schedule, []);
        expect(e.simple.eq(q.annualizedRate) && e.compound.eq(q.annualizedRateCompound)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

/** Up to three prepayments on distinct due dates or days, some partial, each with its own mode. */
function planFor(q: Quote): fc.Arbitrary<PrepaymentRequest[]> {
  const one = fc.record({
    at: fc.integer({ min: 1, max: q.terms - 1 }),
    midDays: fc.option(fc.integer({ min: 1, max: 27 }), { nil: undefined }),
    share: fc.integer({ min: 1, max: 60 }), // percent of the balance prepaid
    mode: fc.constantFrom("reduce-term" as const, "reduce-payment" as const),
  });
  return fc.uniqueArray(one, { minLength: 1, maxLength: 3, selector: (x) => `${x.at}/${x.midDays ?? 0}` }).map((items) =>
    items.map(({ at, midDays, share, mode }) => {
      const row = q.schedule[at - 1]!;
      const amount = row.balance.times(share).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).plus(100);
      return midDays === undefined ? { afterPeriod: at, amount, mode } : { date: addMonthsClamped(row.dueDate, 0).slice(0, 8) + String(midDays).padStart(2, "0"), amount, mode };
    }),
  );
}

describe("prepayment plans (fast-check)", () => {
  it("the loan as finally repaid: Σ principal + prepaid principal = amount, rows sound, balances never rise", () => {
    const loans = fc.tuple(fc.constantFrom<Method>("equal-installment", "equal-principal", "interest-only"), fc.integer({ min: 1_000_000, max: 100_000_000 }), apr, fc.integer({ min: 3, max: 36 }), start, fc.option(dueDay, { nil: undefined }));
    const cases = loans.chain(([m, fen, r, n, s, d]) => {
      const q = quote({ amount: new Decimal(fen).div(100), apr: r, terms: n, method: m, start: s, ...(d ? { dueDay: d } : {}) });
      return planFor(q).map((plan) => [q, plan] as const);
    });
    fc.assert(
      fc.property(cases, ([q, plan]) => {
        let result;
        try {
          result = prepayAll(q, plan);
        } catch (error) {
          // A plan may be refused (two on one day, after a payoff, more than owed); never silently.
          expect((error as Error).name).toBe("LoanInputError");
          return;
        }
        let repaid = new Decimal(0);
        const last = result.prepayments.at(-1)!;
        for (const p of result.prepayments) repaid = repaid.plus(p.amount.minus(p.interestToDate));
        const before = result.prepayments.slice(0, -1).every((p, k) => p.date < result.prepayments[k + 1]!.date);
        expect(before).toBe(true);
        // Installments really paid: the original rows before the first prepayment, then each prepayment's rows up to the next.
        const paidRows: ScheduleRow[] = [];
        let rows: readonly ScheduleRow[] = q.schedule;
        for (const p of result.prepayments) {
          paidRows.push(...rows.filter((r) => r.period <= p.afterPeriod && !paidRows.some((x) => x.period === r.period)));
          rows = p.schedule;
        }
        paidRows.push(...rows);
        const principal = paidRows.reduce((s, r) => s.plus(r.principal), repaid);
        expect(principal.eq(q.amount)).toBe(true);
        if (last.mode !== "full") expectSound(last.schedule, last.schedule[0]!.balance.plus(last.schedule[0]!.principal));
      }),
      { numRuns: 150 },
    );
  });
});
