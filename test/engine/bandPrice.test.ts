import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { percent } from "../../src/views/format.js";

// simulate caches each band's price per score (bandPrice.ts). A policy that
// shares the band objects but prices differently must not be served the first
// policy's price.
const profile = toProfile(JSON.parse(readFileSync(new URL("../../examples/profiles/typical.json", import.meta.url), "utf8")));

describe("the cached price of a band", () => {
  it("follows the policy's pricing, not the first one met", () => {
    const { policy } = defaultPolicy();
    const first = simulate(profile, policy, "2026-01-15");
    // Band D's 12.775% is above what the typical applicant's risk requires (3 + 2.5 + 1.5 + 1.5 × PD 0.013 × 0.9 × 100 ≈ 8.76%).
    expect([first.band, percent(first.apr as Decimal)]).toEqual(["D", "12.7750"]);
    const capped = { ...policy, pricing: { ...policy.pricing, capApr: new Decimal(10) } };
    const second = simulate(profile, capped, "2026-01-15");
    // min(max(12.775, 8.76, 7.3), 10) = 10%; daily 10 / 365 = 0.027397… → 0.0274.
    expect([second.band, percent(second.apr as Decimal), percent(second.dailyRate as Decimal)]).toEqual(["D", "10.0000", "0.0274"]);
    expect(percent(simulate(profile, policy, "2026-01-15").apr as Decimal)).toBe("12.7750");
  });
});
