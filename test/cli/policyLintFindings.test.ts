import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { policyVariant, tempWriter } from "./tempFiles.js";

// Issue 21: what `policy lint` must say, line by line, and what simulate does with the same file.
const write = tempWriter("suishendai-lintfind-");
const base = readFileSync(new URL("../../src/policy/default-policy.json", import.meta.url), "utf8");
const policy = policyVariant(write);
const lines = (stderr: string) => stderr.trimEnd().split("\n");
// The built-in policy's six missing-value warnings (docs/policy.md), before any a test adds.
const DEFAULT_WARNINGS = 6;

// 580 base; zhimaScore 620 → 600–650 −18; age 24 → 22–26 −5; every other field in a 0-point bin
// (maxDpd24m 5, activeLenders 1, dsr 2500/10000 = 0.25, account 40 months, 50 orders, spend 10,000,
// refunds 0.1, cash-like 0.1): 580 − 18 − 5 = 557, band H (550) in the built-in policy.
const profile557 = write("p557.json", JSON.stringify({
  id: "p557", invited: true, realNameVerified: true, isStudent: false, blacklistHit: false, age: 24, monthlyIncome: 10000,
  existingMonthlyDebt: 2500, currentOverdueDays: 0, maxDpd24m: 5, zhimaScore: 620, activeLenders: 1, loanApplications3m: 2,
  accountAgeMonths: 40, orders12m: 50, spend12m: 10000, refundRate12m: 0.1, cashLikeShare12m: 0.1,
}));
// Band H dropped: band G starts at 560, the cut-off stays at 550, so scores 550–559 pass the cut-off and reach no band.
const gap = policy("gap.json", (p) => p.bands.pop());

describe("a score at or above the cut-off under every band: its own decline, and a lint warning", () => {
  it("lint warns of the gap, naming the scores and the code they get; exit 0", async () => {
    const r = await runCli(["policy", "lint", gap]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr).slice(-2)).toEqual([
      `warning: policy ${gap}: bands[6].minScore: 560 is above cutoff.minScore 550: scores 550–559 pass the cut-off but reach no band (declined DEC02)`,
      `policy ${gap}: 0 error(s), ${DEFAULT_WARNINGS + 1} warning(s)`,
    ]);
  });

  it("the built-in policy has no such gap (its band H starts at the cut-off)", async () => {
    const r = await runCli(["policy", "lint", write("default.json", base)]);
    expect([r.code, r.stderr.includes("reach no band")]).toEqual([0, false]);
  });

  it("simulate declines score 557 with DEC02 and its text, not DEC01 'below cutoff'", async () => {
    const en = await runCli(["simulate", profile557, "--policy", gap, "--format", "json", "--lang", "en"]);
    const o = JSON.parse(en.stdout);
    expect([en.code, o.decision, o.code, o.score, o.band]).toEqual([0, "declined", "DEC02", 557, null]);
    expect(o.reasons[0]).toEqual({ code: "DEC02", text: "No price band for this score" });
    const zh = await runCli(["simulate", profile557, "--policy", gap, "--lang", "zh"]);
    expect(zh.stdout.split("\n")).toContain("  DEC02 该评分没有对应的定价等级");
  });

  it("the same profile under the built-in policy is approved in band H (the gap, not the profile, declines it)", async () => {
    const o = JSON.parse((await runCli(["simulate", profile557, "--format", "json"])).stdout);
    expect([o.decision, o.score, o.band]).toEqual(["approved", 557, "H"]);
  });
});

describe("an APR under the product's 7.3% minimum (or over its 24% maximum) is a lint error and a load error", () => {
  // Floor 7, margin 0.5 (so the risk price of a band-A score is 3 + 2.5 + 0.5 + 1.5 × PD × 0.9 < 7.06)
  // and band A at 7.06: the old code approved examples/profiles/prime.json at 7.06%, which `quote` refuses.
  const cheap = policy("cheap.json", (p) => {
    p.pricing.floorApr = 7;
    p.pricing.minMargin = 0.5;
    p.bands[0].apr = 7.06;
  });
  const prime = new URL("../../examples/profiles/prime.json", import.meta.url).pathname;

  it("lint names both paths, one line each, and exits 1", async () => {
    const r = await runCli(["policy", "lint", cheap]);
    expect(r.code).toBe(1);
    const errors = lines(r.stderr).filter((l) => l.startsWith("error: "));
    expect(errors).toEqual([
      `error: policy ${cheap}: bands[0].apr: 7.06 is below the product's minimum APR 7.3% (quote refuses such a loan)`,
      `error: policy ${cheap}: pricing.floorApr: 7 is below the product's minimum APR 7.3% (quote refuses such a loan)`,
    ]);
    expect(lines(r.stderr).at(-1)).toBe(`policy ${cheap}: 2 error(s), ${DEFAULT_WARNINGS} warning(s)`);
  });

  it("simulate and portfolio refuse the policy (exit 2, one line, nothing on stdout) rather than offer 7.06%", async () => {
    const message = `error: policy ${cheap}: bands[0].apr: 7.06 is below the product's minimum APR 7.3% (quote refuses such a loan)\n`;
    for (const argv of [["simulate", prime, "--policy", cheap], ["portfolio", prime, "--policy", cheap]]) {
      expect(await runCli(argv)).toEqual({ code: 2, stdout: "", stderr: message });
    }
  });

  it("a floor alone under the minimum, and a cap over the 24% maximum, are errors too", async () => {
    const floor = policy("floor.json", (p) => (p.pricing.floorApr = 5));
    const cap = policy("cap.json", (p) => (p.pricing.capApr = 30));
    const [f, c] = [await runCli(["policy", "lint", floor]), await runCli(["policy", "lint", cap])];
    expect([f.code, lines(f.stderr).filter((l) => l.startsWith("error: "))]).toEqual([1, [`error: policy ${floor}: pricing.floorApr: 5 is below the product's minimum APR 7.3% (quote refuses such a loan)`]]);
    expect([c.code, lines(c.stderr).filter((l) => l.startsWith("error: "))]).toEqual([1, [`error: policy ${cap}: pricing.capApr: 30 is above the product's maximum APR 24% (quote refuses such a loan)`]]);
  });
});

describe("policy lint shows every schema error, one a line naming its path", () => {
  it("seven mistakes in five places: seven lines, unknown keys first, then the count; exit 1", async () => {
    const file = policy("many.json", (p) => {
      p.cutoff.minScor = p.cutoff.minScore; // a typo: minScore is then missing (said once, not twice)
      delete p.cutoff.minScore;
      p.bands[1].zzz = 1;
      p.knockouts[7].value = "10";
      p.scorecard.characteristics[1].bins[0].points = 1.5;
      p.bands[2].apr = "x";
      p.bands[3].terms = [];
      p.pricing.lgd = 2;
    });
    const r = await runCli(["policy", "lint", file]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(lines(r.stderr)).toEqual([
      `error: policy ${file}: cutoff: unknown key "minScor" (did you mean "minScore"?); "minScore" is missing`,
      `error: policy ${file}: bands[1]: unknown key "zzz" (known: band, minScore, apr, maxLimit, spendMultiple, incomeMultiple, dsrCap, terms)`,
      `error: policy ${file}: knockouts[7].value: expected a number for field zhimaScore, got "10"`,
      `error: policy ${file}: scorecard.characteristics[1].bins[0].points: expected an integer, got 1.5`,
      `error: policy ${file}: bands[2].apr: expected a number, got "x"`,
      `error: policy ${file}: bands[3].terms: must be at least 1 item, got []`,
      `error: policy ${file}: pricing.lgd: must be at most 1, got 2`,
      `note: policy ${file}: fix these first; the checks of the values (bands, bins, terms, the cap) run on a policy that parses`,
      `policy ${file}: 7 error(s), 0 warning(s)`,
    ]);
  });

  it("a schema error hides a contradiction of the values: the note says those checks have not run; exit 1 as before", async () => {
    // Band A's APR 1% is below the product's minimum (a value error), but the cut-off has no minScore.
    const file = policy("schema-and-value.json", (p) => {
      p.bands[0].apr = 1;
      delete p.cutoff.minScore;
    });
    const r = await runCli(["policy", "lint", file]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(lines(r.stderr).slice(-2)).toEqual([
      `note: policy ${file}: fix these first; the checks of the values (bands, bins, terms, the cap) run on a policy that parses`,
      `policy ${file}: 1 error(s), 0 warning(s)`,
    ]);
  });

  it("two unknown keys in one object: one line naming both", async () => {
    const file = policy("two.json", (p) => Object.assign(p.limit, { stpe: 1, colour: "red" }));
    const r = await runCli(["policy", "lint", file]);
    expect([r.code, lines(r.stderr)[0]]).toEqual([1, `error: policy ${file}: limit: unknown keys "stpe" (did you mean "step"?), "colour" (known: productMax, minimum, step, regulatoryCap, code, text, capacity, missingMoney)`]);
  });

  it("simulate still names only the first (one line), as before", async () => {
    const file = policy("two-errors.json", (p) => {
      p.bands[2].apr = "x";
      p.pricing.lgd = 2;
    });
    expect(await runCli(["simulate", profile557, "--policy", file])).toEqual({ code: 2, stdout: "", stderr: `error: policy ${file}: bands[2].apr: expected a number, got "x"\n` });
  });
});
