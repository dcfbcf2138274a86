import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";
import { population } from "./population.js";

// The steady-state NPL is the NPL of a book that lends this cohort every
// month: at each month's end it holds one cohort of each age, the new one at
// age 0 included. So Σ 90+ ÷ Σ outstanding over month ends 0..horizon —
// before, month 0 was left out and one cohort overstated it (2.77% against
// the 2.14% its own 120-cohort run converges to on the sample population).
const write = tempWriter("suishendai-steady-");
const world = write("world.json", JSON.stringify(extremeWorld()));
const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0, cureRate: 0, vatRate: 0, costPerLoan: 0 })));
const totals = async (file: string, ...args: string[]) => {
  const r = await runCli(["portfolio", file, "--format", "json", ...args]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout).books[0];
};
const fen = (s: string) => BigInt(s.replace(".", ""));

describe("portfolio: the steady-state NPL counts the booking month", () => {
  it("a two-loan book by hand", async () => {
    // "bad": 12,000 over 12 months that never pays: outstanding 12,000 at the ends of months 0..6,
    // 90+ at months 4, 5, 6, charged off in month 7 (180 days). "good": 6,000 over 3 months at 12%:
    // installment 6000·0.01·1.01³ ÷ (1.01³ − 1) = 2040.13; month 1 interest 60.00, principal 1980.13
    // → 4019.87; month 2 interest 40.20, principal 1999.93 → 2019.94; month 3 → 0.
    // Σ outstanding over months 0..6 = 7 × 12,000 + 6,000 + 4,019.87 + 2,019.94 = 96,039.81;
    // Σ 90+ = 3 × 12,000 = 36,000; 36,000 ÷ 96,039.81 = 0.37484… → 0.3748
    // (without month 0: 36,000 ÷ 78,039.81 = 0.4613).
    const book = write("two.ndjson", [profile("bad", 600, { amount: 12000, terms: 12 }), profile("good", 700, { amount: 6000, terms: 3 })].join("\n"));
    const b = await totals(book, "--policy", policy, "--world", world);
    expect(b.months.slice(0, 4).map((m: { outstanding: string }) => m.outstanding)).toEqual(["18000.00", "16019.87", "14019.94", "12000.00"]);
    expect(b.totals.steadyStateNpl).toBe("0.3748");
  });

  it("one cohort and many cohorts give the same steady-state NPL", async () => {
    // Each applicant's loan is drawn from (seed, run, id) alone, whatever its cohort, and the
    // horizon runs until every cohort's last loan has ended. So Σ over the book's month ends of a
    // 12-cohort book is Σ over applicants of Σ over their months on book: the one cohort's sums,
    // to the 分, and the two ratios are equal (not only close). Without re-borrowing: a re-borrowed
    // loan is cut at the horizon, which differs with the number of cohorts.
    const pop = write("pop.ndjson", `${population(400).join("\n")}\n`);
    const one = await totals(pop, "--runs", "1"); // one run: the month figures are its sums, not means rounded per month
    const many = await totals(pop, "--runs", "1", "--originate-months", "12");
    const sums = (b: { months: { outstanding: string; dpd90plus: string }[] }) =>
      ["outstanding", "dpd90plus"].map((k) => b.months.reduce((s, m) => s + fen((m as Record<string, string>)[k] as string), 0n));
    expect(sums(many)).toEqual(sums(one));
    expect(many.totals.steadyStateNpl).toBe(one.totals.steadyStateNpl);
    expect(Number(one.totals.steadyStateNpl)).toBeGreaterThan(0);
  });
});
