import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles, trueLogit } from "../../examples/generate-labelled.mjs";
import { worldPd } from "../../src/engine/world/world.js";
import { compileWorld, defaultWorld } from "../../src/policy/loadWorld.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";
import { population } from "./population.js";

// Issue 22: every book drew its defaults from its own policy's PD, so a
// challenger that only rescaled score → PD (odds 50 → 500) booked the same
// loans and showed a tenth of the loss. Now the world decides who defaults.
const write = tempWriter("suishendai-world-");
const DEFAULT = fileURLToPath(new URL("../../data/default-policy.json", import.meta.url));
const rescaled = JSON.parse(readFileSync(DEFAULT, "utf8"));
rescaled.scorecard.scaling.odds = 500;
const challenger = write("rescaled.json", JSON.stringify(rescaled));
const pop = write("pop.ndjson", `${population(3000).join("\n")}\n`);

describe("portfolio: a world apart from the policy", () => {
  it("a challenger that changes only scorecard.scaling books the same loans and meets the same defaults and losses", async () => {
    const r = await runCli(["portfolio", pop, "--challenger", challenger, "--format", "json"]);
    expect(r.code).toBe(0);
    const [a, b] = JSON.parse(r.stdout).books;
    for (const key of ["approved", "booked", "bookedAmount", "defaults", "simulatedLoss", "chargeOffs", "recoveries", "interestIncome", "steadyStateNpl"]) expect([key, b.totals[key]]).toEqual([key, a.totals[key]]);
    expect(b.months).toEqual(a.months);
    expect(a.totals.defaults).toBeGreaterThan(0);
    // What differs is the belief: the policy's expected loss and PD, and so its calibration gap.
    expect(Number(b.totals.expectedLoss)).toBeLessThan(Number(a.totals.expectedLoss) / 5);
    for (const [i, band] of a.bands.entries()) {
      const other = b.bands[i];
      expect([band.band, other.worldPd, other.defaultRate]).toEqual([other.band, band.worldPd, band.defaultRate]);
      if (band.booked > 0) expect(Number(other.meanPd)).toBeLessThan(Number(band.meanPd));
      expect(Number(band.calibrationGap)).toBeCloseTo(Number(band.meanPd) - Number(band.worldPd), 4);
    }
  });

  it("the default world is the generator's true model: one code, the same PD", () => {
    const world = compileWorld(defaultWorld());
    for (const p of labelledProfiles(200, 7)) {
      const { defaulted: _label, ...record } = p;
      expect(worldPd(world, toProfile(record), record)).toBe(1 / (1 + Math.exp(-trueLogit(p))));
    }
  });

  it("--world FILE replaces it: a scorecard world, or a field of the record (a backtest)", async () => {
    const policy = write("extreme.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0 })));
    const book = write("book.ndjson", [profile("good", 700, { amount: 6000, terms: 3 }), profile("bad", 600, { amount: 6000, terms: 3 })].join("\n"));
    const scorecard = write("scorecard-world.json", JSON.stringify(extremeWorld()));
    const s = JSON.parse((await runCli(["portfolio", book, "--policy", policy, "--world", scorecard, "--format", "json"])).stdout);
    expect([s.world, s.books[0].totals.defaults]).toEqual(["extreme world", 1]);
    // The record says who defaults: the one the policy thinks good, not the one it thinks bad.
    const history = write("history.ndjson", [{ ...JSON.parse(profile("good", 700, { amount: 6000, terms: 3 })), pdSeen: 1 }, { ...JSON.parse(profile("bad", 600, { amount: 6000, terms: 3 })), pdSeen: 0 }].map((x) => JSON.stringify(x)).join("\n"));
    const field = write("field-world.json", JSON.stringify({ name: "backtest", field: "pdSeen" }));
    const f = await runCli(["portfolio", history, "--policy", policy, "--world", field, "--format", "json"]);
    expect(f.stderr).toBe(""); // the world's field is read, not an unknown field
    const bands = JSON.parse(f.stdout).books[0].bands;
    expect([bands[0].meanPd, bands[0].worldPd, bands[0].defaultRate]).toEqual(["0.5000", "0.5000", "0.5000"]);
    // A record without the field has no PD in that world: left out, named (no record with it: worldFileChecks.test.ts).
    const some = write("some.ndjson", [{ ...JSON.parse(profile("good", 700, { amount: 6000, terms: 3 })), pdSeen: 0 }, JSON.parse(profile("bad", 600, { amount: 6000, terms: 3 }))].map((x) => JSON.stringify(x)).join("\n"));
    const missing = await runCli(["portfolio", some, "--policy", policy, "--world", field, "--format", "json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/pdSeen: the world reads each applicant's PD from this field/);
  });

  it("a world file that is not one is refused: one line, exit 2", async () => {
    const both = write("both.json", JSON.stringify({ name: "x", field: "a", logistic: { intercept: 0, terms: [] } }));
    expectUsageError(await runCli(["portfolio", pop, "--world", both]), /^error: --world: world .*both\.json: \(top level\): give exactly one of logistic, scorecard or field/);
    const typo = write("typo.json", JSON.stringify({ name: "x", logistic: { intercept: 0, terms: [{ field: "zhima", coefficient: 1 }] } }));
    expectUsageError(await runCli(["portfolio", pop, "--world", typo]), /^error: --world: world .*typo\.json: logistic\.terms\[0\]\.field/);
    expectUsageError(await runCli(["portfolio", pop, "--world", pop, "--outcomes", pop]), /^error: --outcomes: /);
  });
});
