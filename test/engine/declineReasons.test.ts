import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";

// The texts come from the policy file itself (the one place they live), read
// here as plain JSON, not through the code under test.
const policyJson = JSON.parse(readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8"));
const { policy } = policyFromJson(policyJson, "(test)");
const example = (name: string) => toProfile(JSON.parse(readFileSync(new URL(`../../examples/profiles/${name}.json`, import.meta.url), "utf8")));
const population = readFileSync(new URL("../../examples/profiles/population.ndjson", import.meta.url), "utf8").trimEnd().split("\n");

describe("every decision code carries its text in zh and en, first among the reasons", () => {
  it("LIM01 (marginal): the limit text, then the scorecard reasons", () => {
    const o = simulate(example("marginal"), policy, "2026-01-15");
    expect(o.reasons[0]).toEqual({ code: "LIM01", text: { zh: "可授信额度不足", en: "Credit limit too small" } });
    expect(o.reasons.map((r) => r.code)).toEqual(["LIM01", "R07", "R05", "R06", "R01"]);
  });

  it("LIM02: a limit decline bound by payment capacity; the population's 423 limit declines (issue 12: 423, of which 186 at 0.00)", () => {
    let [declines, zero] = [0, 0];
    for (const line of population) {
      const o = simulate(toProfile(JSON.parse(line)), policy, "2026-01-15");
      if (o.code !== "LIM01" && o.code !== "LIM02") continue;
      declines++;
      expect(o.bindingConstraint === "capacity").toBe(o.code === "LIM02");
      if (o.limit?.isZero()) zero++; // issue 12 counted 186 limits of 0.00 among the 423
    }
    expect([declines, zero]).toEqual([423, 186]);
    const lim02 = population.map((l) => simulate(toProfile(JSON.parse(l)), policy, "2026-01-15")).find((o) => o.code === "LIM02");
    expect(lim02?.reasons[0]).toEqual({ code: "LIM02", text: { zh: "现有负债占用还款能力，可借额度不足", en: "Existing debts leave too little repayment capacity" } });
  });

  it("DEC01 (thin file): the cutoff text, then the scorecard reasons", () => {
    const o = simulate(example("thin-file"), policy, "2026-01-15");
    expect(o.reasons[0]).toEqual({ code: "DEC01", text: { zh: "综合评分不足", en: "Overall score below cutoff" } });
    expect(o.reasons.map((r) => r.code)).toEqual(["DEC01", "R01", "R05", "R06", "R07"]);
  });

  it("PRC01: a cap below the price the risk needs gives the pricing text", () => {
    // typical scores 612 → PD 1.30%: the risk needs 3 + 2.5 + 1.5 + 1.5 × 1.30% × 0.9 = 8.76% > a cap of 8%.
    const json = structuredClone(policyJson);
    json.pricing.capApr = 8;
    // A band APR above the cap is now a load error: bring every band to at most 8%.
    for (const band of json.bands) band.apr = Math.min(band.apr, 8);
    const o = simulate(example("typical"), policyFromJson(json, "(cap 8)").policy, "2026-01-15");
    expect([o.decision, o.code]).toEqual(["declined", "PRC01"]);
    expect(o.reasons[0]).toEqual({ code: "PRC01", text: json.pricing.text });
  });

  it("DEC02: a score at or above the cut-off under every band is not 'below cutoff' (issue 21)", () => {
    // Band H (550) dropped, cut-off 550: scores 550–559 pass the cut-off and reach no band. The profile below
    // scores 580 + (zhimaScore 620: −18) + (age 24: −5) + 0 for every other field (each in its 0-point bin;
    // dsr 2500 / 10000 = 0.25) = 557; thin-file scores 470, under the cut-off: still DEC01.
    const json = structuredClone(policyJson);
    json.bands.pop();
    const gap = policyFromJson(json, "(no band H)").policy;
    const p557 = toProfile({ invited: true, age: 24, monthlyIncome: 10000, existingMonthlyDebt: 2500, maxDpd24m: 5, zhimaScore: 620, activeLenders: 1, accountAgeMonths: 40, orders12m: 50, spend12m: 10000, refundRate12m: 0.1, cashLikeShare12m: 0.1 });
    const o = simulate(p557, gap, "2026-01-15");
    expect([o.decision, o.code, o.score, o.band, o.apr]).toEqual(["declined", "DEC02", 557, null, null]);
    expect(o.reasons[0]).toEqual({ code: "DEC02", text: json.cutoff.noBand.text });
    expect(simulate(example("thin-file"), gap, "2026-01-15").code).toBe("DEC01");
    // A policy written before cutoff.noBand existed gets DEC02 and the built-in texts.
    delete json.cutoff.noBand;
    expect(simulate(p557, policyFromJson(json, "(old)").policy, "2026-01-15").reasons[0]).toEqual({ code: "DEC02", text: { zh: "该评分没有对应的定价等级", en: "No price band for this score" } });
  });

  it("across the 3,000-profile population, every coded offer's first reason is its code with both texts", () => {
    const codes = new Set<string>();
    for (const line of population) {
      const o = simulate(toProfile(JSON.parse(line)), policy, "2026-01-15");
      if (o.code === null) continue;
      codes.add(o.code);
      const first = o.reasons[0];
      expect(first?.code).toBe(o.code);
      // A decision's own reason is the policy's text, carried as it is (not worded by the engine).
      expect(first && "text" in first && first.text.zh.length > 0 && first.text.en.length > 0).toBe(true);
    }
    expect([...codes].filter((c) => !c.startsWith("KO")).sort()).toEqual(["DEC01", "LIM01", "LIM02"]);
  });
});
