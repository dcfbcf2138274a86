#!/usr/bin/env node
// Writes seeded, reproducible labelled profiles as NDJSON, each with `defaulted`
// (1 or 0) drawn from a stated "true" risk model, so anyone can check that
// `suishendai fit` recovers it:
//   node examples/generate-labelled.mjs [--count N] [--seed S] > labelled.ndjson
// The same count and seed always give the same bytes. Applicants are drawn so
// that they pass the built-in policy's knock-outs (a booked population);
// the distributions are rough guesses, not data about real people.
// docs/fit.md states the model; TRUE_MODEL below is the one the draw uses.
import { pathToFileURL } from "node:url";
import { seededDraws } from "./seededDraws.mjs";

/** logit P(default) = intercept + Σ coefficient × term; a missing field enters as `missingAs`. */
export const TRUE_MODEL = {
  intercept: -3.3,
  terms: [
    { term: "zhimaScore − 650", coefficient: -0.012, missingAs: 620 },
    { term: "activeLenders", coefficient: 0.35, missingAs: 1 },
    { term: "dsr", coefficient: 2.0, missingAs: 0.3 },
    { term: "maxDpd24m", coefficient: 0.03 },
    { term: "ln(accountAgeMonths ÷ 36)", coefficient: -0.5 },
    { term: "ln(orders12m ÷ 48)", coefficient: -0.3 },
    { term: "refundRate12m", coefficient: 2.0, missingAs: 0.1 },
    { term: "cashLikeShare12m", coefficient: 3.0, missingAs: 0.06 },
    { term: "age − 35", coefficient: -0.02 },
  ],
};

const [zhima, lenders, dsrTerm, dpd, accountAge, orders, refund, cashLike, age] = TRUE_MODEL.terms;
const or = (value, term) => (value === undefined ? term.missingAs : value);

/** The true model's logit of default for a profile this generator drew. */
export function trueLogit(p) {
  const dsr = p.existingMonthlyDebt === undefined ? dsrTerm.missingAs : p.existingMonthlyDebt / p.monthlyIncome;
  return (
    TRUE_MODEL.intercept +
    zhima.coefficient * (or(p.zhimaScore, zhima) - 650) +
    lenders.coefficient * or(p.activeLenders, lenders) +
    dsrTerm.coefficient * dsr +
    dpd.coefficient * p.maxDpd24m +
    accountAge.coefficient * Math.log(p.accountAgeMonths / 36) +
    orders.coefficient * Math.log(p.orders12m / 48) +
    refund.coefficient * or(p.refundRate12m, refund) +
    cashLike.coefficient * or(p.cashLikeShare12m, cashLike) +
    age.coefficient * (p.age - 35)
  );
}

/** `count` labelled profiles drawn with `seed` (mulberry32, as in generate-population.mjs). */
export function labelledProfiles(count, seed) {
  const { random, between, chance, normal, round } = seededDraws(seed);
  const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
  const maybe = (p, draw) => (chance(p) ? undefined : draw());
  const out = [];
  for (let i = 1; i <= count; i++) {
    const income = Math.max(1000, Math.round(Math.exp(9 + 0.5 * normal()) / 100) * 100);
    const orders12m = Math.max(6, Math.round(132 * Math.exp(0.8 * normal() - 0.32)));
    const p = {
      id: `L${String(i).padStart(7, "0")}`,
      invited: true,
      realNameVerified: true,
      age: between(18, 55),
      isStudent: false,
      blacklistHit: false,
      currentOverdueDays: 0,
      maxDpd24m: chance(0.8) ? 0 : between(1, 90),
      zhimaScore: maybe(0.05, () => clamp(Math.round(680 + 60 * normal()), 550, 950)),
      activeLenders: maybe(0.05, () => Math.min(4, Math.floor(Math.abs(1.5 * normal())))),
      loanApplications3m: between(0, 9),
      monthlyIncome: income,
      existingMonthlyDebt: maybe(0.1, () => Math.round(income * clamp(0.25 + 0.18 * normal(), 0, 0.69))),
      accountAgeMonths: between(6, 180),
      orders12m,
      spend12m: maybe(0.02, () => Math.round(orders12m * Math.exp(4.5 + 0.5 * normal()))),
      refundRate12m: maybe(0.05, () => round(clamp(0.1 + 0.08 * normal(), 0, 1), 3)),
      cashLikeShare12m: maybe(0.05, () => round(clamp(0.06 + 0.08 * normal(), 0, 1), 3)),
    };
    for (const key of Object.keys(p)) if (p[key] === undefined) delete p[key];
    p.defaulted = random() < 1 / (1 + Math.exp(-trueLogit(p))) ? 1 : 0;
    out.push(p);
  }
  return out;
}

const usage = "usage: node examples/generate-labelled.mjs [--count N] [--seed S]";
function main(argv) {
  const options = { "--count": 50_000, "--seed": 20251126 };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (!(name in options) || value === undefined || !/^\d+$/.test(value) || Number(value) > 2 ** 32 - 1) {
      process.stderr.write(`error: ${name}${value === undefined ? "" : ` ${value}`}: expected --count or --seed with a whole number up to 4294967295 (${usage})\n`);
      process.exit(2);
    }
    options[name] = Number(value);
  }
  const lines = labelledProfiles(options["--count"], options["--seed"]).map((p) => JSON.stringify(p));
  process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
