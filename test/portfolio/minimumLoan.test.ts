import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, profile } from "./extremePolicy.js";

// A loan is never booked under the policy's minimum loan (limit.minimum), as
// quote refuses such a loan. Band A lends at most 50000 (the limit is 50000:
// spend 12000 × 100 and income 20000 × 100 both exceed it), so utilisation
// 0.01 draws 0.01 × 50000 = 500 CNY, under the minimum 5000: raised to 5000.
const write = tempWriter("suishendai-minimum-");
const ECONOMICS = { takeUp: 1, utilisation: 0.01, prepayRate: 0, pdMultiplier: 1, chargeOffDays: 120, cureRate: 0, costPerLoan: 0 };
const policyJson = extremePolicy(ECONOMICS) as { limit: Record<string, unknown> };
policyJson.limit.minimum = 5000;
const policy = write("policy.json", JSON.stringify(policyJson));

describe("portfolio: the minimum loan", () => {
  it("raises a drawn amount under limit.minimum to the minimum", async () => {
    const book = write("book.ndjson", [profile("D1", 700), profile("D2", 700)].join("\n"));
    const outcomes = write("outcomes.ndjson", "");
    const r = await runCli(["portfolio", book, "--policy", policy, "--format", "json", "--outcomes", outcomes]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = readFileSync(outcomes, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.amount)).toEqual(["5000.00", "5000.00"]);
    // 2 × 5000
    expect(JSON.parse(r.stdout).books[0].totals.bookedAmount).toBe("10000.00");
  });

  it("books a request at or over the minimum as asked (a request under 5000 is an invalid record, as in simulate)", async () => {
    const book = write("asked.ndjson", [profile("R1", 700, { amount: 5000, terms: 3 }), profile("R2", 700, { amount: 4999, terms: 3 })].join("\n"));
    const r = await runCli(["portfolio", book, "--policy", policy, "--format", "json"]);
    const t = JSON.parse(r.stdout).books[0].totals;
    expect([t.applicants, t.valid, t.booked, t.bookedAmount]).toEqual([2, 1, 1, "5000.00"]);
  });
});
