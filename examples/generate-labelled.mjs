#!/usr/bin/env node
// Writes seeded, reproducible labelled profiles as NDJSON, each with `defaulted`
// (1 or 0) drawn from a stated "true" risk model, so anyone can check that
// `suishendai fit` recovers it:
//   node examples/generate-labelled.mjs [--count N] [--seed S] > labelled.ndjson
// The same count and seed always give the same bytes. Applicants are drawn so
// that they pass the built-in policy's knock-outs (a booked population);
// the distributions are rough guesses, not data about real people.
// docs/fit.md states the model; TRUE_MODEL below is the one the draw uses:
// the default world of `suishendai portfolio`, the same data and the same code.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { logisticLogit } from "../dist/engine/world/logistic.js";
import { seededDraws } from "./seededDraws.mjs";

/**
 * The true model is the product's default world (data/default-world.json,
 * docs/portfolio.md): logit P(default) = intercept + Σ coefficient × term, a
 * missing field entering as `missingAs`. The same function computes it here
 * and in `portfolio` (dist/engine/world/logistic.js: run `npm run build` first).
 */
export const TRUE_MODEL = JSON.parse(readFileSync(new URL("../data/default-world.json", import.meta.url), "utf8")).logistic;

/** A profile's value of a model field; dsr = existingMonthlyDebt ÷ monthlyIncome, missing with the debt. */
const valueOf = (p) => (field) => (field === "dsr" ? (p.existingMonthlyDebt === undefined ? undefined : p.existingMonthlyDebt / p.monthlyIncome) : p[field]);

/** The true model's logit of default for a profile this generator drew. */
export function trueLogit(p) {
  return logisticLogit(TRUE_MODEL, valueOf(p));
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
