import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DEFAULT = fileURLToPath(new URL("../../data/default-policy.json", import.meta.url));

/**
 * A policy whose PD is 1 or 0 by the profile's zhimaScore: the one
 * characteristic gives −100000 points below 650 and +100000 from 650, so
 * PD = 1/(1 + e^((score − offset)/factor)) is 1 or ~e^−3400 (0 as a number).
 * No knock-outs, one band A at 12% APR for any score, no risk load (the
 * price stays 12%), limits wide enough for any request, and the economics given.
 */
export function extremePolicy(economics: Record<string, unknown>, lgd = 0.5): unknown {
  const p = JSON.parse(readFileSync(DEFAULT, "utf8")) as Record<string, any>;
  p.knockouts = [];
  p.scorecard.characteristics = [
    { id: "C01", field: "zhimaScore", missing: 0, reason: { code: "R01", zh: "芝麻分", en: "Zhima" }, bins: [{ max: 650, points: -100000 }, { min: 650, points: 100000 }] },
  ];
  p.cutoff.minScore = -1_000_000;
  p.bands = [{ band: "A", minScore: -1_000_000, apr: 12, maxLimit: 50000, spendMultiple: 100, incomeMultiple: 100, dsrCap: 1, terms: [3, 6, 12] }];
  Object.assign(p.pricing, { costOfFunds: 0, opex: 0, minMargin: 0, riskLoad: 0, lgd, floorApr: 12, capApr: 24 });
  Object.assign(p.limit, { productMax: 50000, minimum: 100, step: 100 });
  p.economics = economics;
  return p;
}

/** A profile every part of the policy accepts; zhimaScore 700 gives PD 0, 600 gives PD 1. */
export function profile(id: string, zhimaScore: number, request?: { amount: number; terms: number }): string {
  return JSON.stringify({
    id,
    invited: true,
    realNameVerified: true,
    age: 30,
    isStudent: false,
    blacklistHit: false,
    currentOverdueDays: 0,
    maxDpd24m: 0,
    zhimaScore,
    activeLenders: 1,
    loanApplications3m: 1,
    monthlyIncome: 20000,
    existingMonthlyDebt: 0,
    accountAgeMonths: 60,
    orders12m: 132,
    spend12m: 12000,
    refundRate12m: 0.08,
    cashLikeShare12m: 0.03,
    ...(request ? { request } : {}),
  });
}

/** The world of extremePolicy: its one characteristic as a scorecard world, so zhimaScore 600 defaults (PD 1) and 700 never does (PD 0). */
export function extremeWorld(): unknown {
  const p = extremePolicy({}) as Record<string, any>;
  return { name: "extreme world", scorecard: p.scorecard };
}
