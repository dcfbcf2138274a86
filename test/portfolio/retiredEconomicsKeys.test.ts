import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";

// A policy written before the world (economics.fundingRate, economics.chargeOffMonth) is refused
// as unknown, with where the setting went rather than the list of known keys.
const write = tempWriter("suishendai-retired-");
const base = JSON.parse(readFileSync(fileURLToPath(new URL("../../data/default-policy.json", import.meta.url)), "utf8"));
const pop = write("pop.ndjson", readFileSync(fileURLToPath(new URL("../../examples/profiles/population.ndjson", import.meta.url)), "utf8").split("\n").slice(0, 3).join("\n"));
const FUNDING = "replaced by pricing.costOfFunds, the one cost of funds";
const CHARGE_OFF = "replaced by economics.chargeOffDays, in days past due, default 180";
const esc = (s: string) => s.replace(/[.()]/g, "\\$&");

describe("portfolio: retired economics keys say what replaced them", () => {
  it("in a policy file", async () => {
    for (const [key, said] of [["fundingRate", FUNDING], ["chargeOffMonth", CHARGE_OFF]] as const) {
      const policy = write(`${key}.json`, JSON.stringify({ ...base, economics: { ...base.economics, [key]: 3 } }));
      const r = await runCli(["portfolio", pop, "--policy", policy]);
      expectUsageError(r, new RegExp(`^error: .*economics: unknown key "${key}" \\(${esc(said)}\\)\\n$`));
    }
  });

  it("in --economics and --sweep", async () => {
    expectUsageError(await runCli(["portfolio", pop, "--economics", "fundingRate=0.03"]), new RegExp(`^error: --economics: unknown key "fundingRate": ${esc(FUNDING)}\\n$`));
    expectUsageError(await runCli(["portfolio", pop, "--sweep", "economics.chargeOffMonth=3:6:1"]), new RegExp(`^error: --sweep: the policy has no "chargeOffMonth" in "economics.chargeOffMonth": ${esc(CHARGE_OFF)}\\n$`));
  });
});
