#!/usr/bin/env node
// The library API from plain Node: quote a loan, prepay it, and score a profile.
// Run from a project that depends on suishendai (or from this checkout): node examples/library.mjs
import { defaultPolicy, prepay, quote, simulate, toProfile } from "suishendai";

const loan = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" });
console.log(`installment ${loan.schedule[0].payment.toFixed(2)}, interest ${loan.totals.interest.toFixed(2)}, IRR ${loan.annualizedRate.toFixed(2)}%`);

const early = prepay(loan, { afterPeriod: 4 });
console.log(`pay off after 4: ${early.payoff.toFixed(2)}, saving ${early.interestSaved.toFixed(2)}`);

const profile = toProfile({ invited: true, realNameVerified: true, age: 30, monthlyIncome: 10000, existingMonthlyDebt: 2500, zhimaScore: 680, maxDpd24m: 0, activeLenders: 1, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 });
const offer = simulate(profile, defaultPolicy().policy, "2026-01-15");
console.log(`offer: ${offer.decision}, band ${offer.band}, APR ${offer.apr?.toFixed(3)}%, limit ${offer.limit?.toFixed(2)}`);
