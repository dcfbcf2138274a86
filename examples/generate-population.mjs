#!/usr/bin/env node
// Writes a seeded, reproducible population of profiles as NDJSON:
//   node examples/generate-population.mjs [count] [seed] > examples/profiles/population.ndjson
// The same count and seed always give the same bytes. The distributions are
// rough guesses for a shopping platform's users (orders ≈ 132 a year on average),
// made to exercise every decision path — not data about real people.
import { seededDraws } from "./seededDraws.mjs";

const usage = "usage: node examples/generate-population.mjs [count] [seed]";
/** A whole number in range, or one error line and exit 2 (never an empty file by mistake). */
function wholeNumber(name, text, fallback, max) {
  if (text === undefined) return fallback;
  if (/^\d+$/.test(text) && Number(text) <= max) return Number(text);
  process.stderr.write(`error: ${name}: expected a whole number from 0 to ${max}, got "${text}" (${usage})\n`);
  process.exit(2);
}
if (process.argv.length > 4) {
  process.stderr.write(`error: at most two arguments, got ${process.argv.length - 2} (${usage})\n`);
  process.exit(2);
}
const count = wholeNumber("count", process.argv[2], 3000, 10_000_000);
const seed = wholeNumber("seed", process.argv[3], 20251125, 2 ** 32 - 1);

const { between, chance, normal, round } = seededDraws(seed);
const maybe = (p, value) => (chance(p) ? undefined : value);

const lines = [];
for (let i = 1; i <= count; i++) {
  const income = Math.max(0, Math.round(Math.exp(9 + 0.6 * normal()) / 100) * 100);
  const orders = Math.max(0, Math.round(132 * Math.exp(0.8 * normal() - 0.32)));
  const profile = {
    id: `u${String(i).padStart(6, "0")}`,
    invited: chance(0.9),
    realNameVerified: chance(0.97),
    age: between(16, 62),
    isStudent: chance(0.05),
    blacklistHit: chance(0.02),
    currentOverdueDays: chance(0.04) ? between(1, 60) : 0,
    maxDpd24m: chance(0.8) ? 0 : between(1, 120),
    zhimaScore: maybe(0.05, Math.min(950, Math.max(350, Math.round(660 + 60 * normal())))),
    activeLenders: maybe(0.05, Math.min(8, Math.floor(Math.abs(1.5 * normal())))),
    loanApplications3m: between(0, 12),
    monthlyIncome: income,
    existingMonthlyDebt: maybe(0.1, Math.round(income * Math.max(0, 0.25 + 0.2 * normal()))),
    accountAgeMonths: maybe(0.02, between(1, 180)),
    orders12m: orders,
    spend12m: maybe(0.02, Math.round(orders * Math.exp(4.5 + 0.5 * normal()))),
    refundRate12m: maybe(0.05, round(Math.min(1, Math.max(0, 0.1 + 0.08 * normal())), 3)),
    cashLikeShare12m: maybe(0.05, round(Math.min(1, Math.max(0, 0.06 + 0.08 * normal())), 3)),
    ...(chance(0.3) ? { request: { amount: between(10, 100) * 500, terms: [3, 6, 9, 12][between(0, 3)] } } : {}),
  };
  lines.push(JSON.stringify(profile));
}
process.stdout.write(`${lines.join("\n")}\n`);
