import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { offerToJson } from "../../src/views/offerJson.js";
import { offerLine } from "../../src/views/offerLine.js";

// offerLine writes a batch's line as text; its independent reference is the
// object view (offerToJson) through JSON.stringify, which the contract in
// docs/json.md was written against. Generated applicants reach every stage:
// knock-outs, cutoff, price cap, thin limits, approvals, requests quoted and declined.
const generator = fileURLToPath(new URL("../../examples/generate-population.mjs", import.meta.url));
const examples = fileURLToPath(new URL("../../examples/profiles/", import.meta.url));

function records(): unknown[] {
  const r = spawnSync(process.execPath, [generator, "3000", "5"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = `${r.stdout}\n${readFileSync(`${examples}population.ndjson`, "utf8")}`.split("\n").filter((l) => l.trim());
  const ones = ["prime.json", "typical.json", "marginal.json", "thin-file.json", "knockout.json", "not-invited.json"].map((f) => readFileSync(examples + f, "utf8"));
  return [...lines, ...ones].map((text) => JSON.parse(text) as unknown);
}

describe("offerLine", () => {
  it("writes the bytes of JSON.stringify(offerToJson(…)) for every offer, language and --explain, with and without --keep", () => {
    const { policy } = defaultPolicy();
    const seen = new Set<string>();
    let offers = 0;
    for (const json of records()) {
      let profile;
      try {
        profile = toProfile(json);
      } catch {
        continue;
      }
      const offer = simulate(profile, policy, "2026-01-15");
      seen.add(`${offer.decision}/${offer.code}/${offer.quote ? "quote" : ""}/${offer.requestDeclined?.code ?? ""}`);
      const kept = { id: (json as { id?: unknown }).id, note: 'a "quoted" \u2028 value' };
      for (const lang of ["zh", "en"] as const) {
        for (const explain of [false, true]) {
          expect(offerLine(offer, lang, explain)).toBe(JSON.stringify(offerToJson(offer, lang, explain)));
          expect(offerLine(offer, lang, explain, kept)).toBe(JSON.stringify({ ...offerToJson(offer, lang, explain), input: kept }));
        }
      }
      offers++;
    }
    expect(offers).toBeGreaterThan(2000);
    // Not vacuous: approvals with a quote and with a declined request, and declines at several stages.
    const kinds = [...seen].join(" ");
    expect(kinds).toMatch(/approved\/null\/quote\//);
    expect(kinds).toMatch(/approved\/null\/\/REQ0/);
    expect(kinds).toMatch(/declined\/KO/);
    expect(kinds).toMatch(/declined\/DEC01/);
  });
});
