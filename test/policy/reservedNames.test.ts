import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { portfolioEvaluator } from "../../src/app/portfolio/portfolioEvaluator.js";
import { Decimal } from "../../src/engine/decimal.js";
import type { PortfolioAggregate } from "../../src/engine/portfolio/aggregate.js";
import { DEFAULT_ECONOMICS } from "../../src/engine/portfolio/economics.js";
import { toResult } from "../../src/engine/portfolio/toResult.js";
import { SummaryBuilder } from "../../src/engine/simulate/summary.js";
import { compilePolicy } from "../../src/policy/compilePolicy.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { defaultWorld } from "../../src/policy/loadWorld.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "../portfolio/population.js";

// "__proto__", "constructor" and "prototype" name what every JavaScript object
// already has: a band named "__proto__" passed lint and crashed portfolio.
const write = tempWriter("suishendai-reserved-");
const policyText = readFileSync("data/default-policy.json", "utf8");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edited = (edit: (p: any) => void) => {
  const p = JSON.parse(policyText);
  edit(p);
  return p;
};

describe("policy lint refuses reserved names, naming the path", () => {
  it.each([
    ["bands[0].band", "__proto__", (p: { bands: { band: string }[] }) => void (p.bands[0]!.band = "__proto__")],
    ["bands[2].band", "constructor", (p: { bands: { band: string }[] }) => void (p.bands[2]!.band = "constructor")],
    ["scorecard.characteristics[1].id", "prototype", (p: { scorecard: { characteristics: { id: string }[] } }) => void (p.scorecard.characteristics[1]!.id = "prototype")],
    ["knockouts[0].code", "__proto__", (p: { knockouts: { code: string }[] }) => void (p.knockouts[0]!.code = "__proto__")],
  ])("%s = %s", async (path, name, edit) => {
    // JSON.stringify keeps "__proto__" as an own key when it is a value, as here
    const file = write(`${name}.json`, JSON.stringify(edited(edit)));
    const r = await runCli(["policy", "lint", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: policy ${file}: ${path}: must be a name other than __proto__, constructor, prototype (JavaScript reserves them), got "${name}"\n`);
  });

  it("portfolio --policy with a band named __proto__ is a usage error, not a crash", async () => {
    const file = write("proto-band.json", JSON.stringify(edited((p) => void (p.bands[0].band = "__proto__"))));
    const profiles = write("pop.ndjson", `${population(50).join("\n")}\n`);
    expectUsageError(await runCli(["portfolio", profiles, "--policy", file]), /^error: policy .*proto-band\.json: bands\[0\]\.band: must be a name other than __proto__/);
  });
});

describe("a reserved name that slipped past the schema still counts as a name (Map, no prototype)", () => {
  const { json } = defaultPolicy();
  const records = population(300).map((text, i) => ({ line: i + 1, text }));
  const run = { seed: 3, runs: 1, overrides: [], challenger: false, outcomes: false, world: defaultWorld(), originateMonths: 1, window: 12 };
  const bookOf = (bands: string[]) => ({ world: "default world", originateMonths: 1, seed: 3, runs: 1, nplTarget: "0.02", books: [{ role: "champion" as const, policy: "p", economics: DEFAULT_ECONOMICS, bands }] });
  const resultWith = (names: string[]) => {
    const policy = compilePolicy({ ...json, bands: json.bands.map((b, i) => ({ ...b, band: names[i] ?? b.band })) });
    return toResult(portfolioEvaluator([policy], run, () => "")(records).aggregate as PortfolioAggregate, bookOf(policy.bands.map((b) => b.band)));
  };

  it("portfolio's bands: the same figures under the names __proto__, constructor, prototype as under A, B, C", () => {
    const plain = resultWith([]).books[0]!.bands;
    const reserved = resultWith(["__proto__", "constructor", "prototype"]).books[0]!.bands;
    expect(plain.map((b) => b.band).slice(0, 3)).toEqual(["A", "B", "C"]);
    expect(reserved.map((b) => b.band).slice(0, 3)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(reserved.map(({ band: _, ...figures }) => figures)).toEqual(plain.map(({ band: _, ...figures }) => figures));
    expect(plain[0]!.approved).toBeGreaterThan(0);
  });

  it("simulate's summary counts codes named constructor and __proto__", () => {
    const summary = new SummaryBuilder(new Decimal("0.8"));
    const declined = (code: string) => ({ decision: "declined" as const, code, apr: null, limit: null, pd: null });
    for (const code of ["constructor", "__proto__", "__proto__", "KO01"]) summary.add(declined(code));
    const byCode = summary.result().byCode;
    expect(Object.entries(byCode)).toEqual([["KO01", 1], ["__proto__", 2], ["constructor", 1]]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
