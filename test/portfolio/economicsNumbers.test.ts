import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-economics-numbers-");
const input = write("pop.ndjson", `${population(20).join("\n")}\n`);
const economicsOf = (stdout: string) => JSON.parse(stdout).books[0].economics as Record<string, unknown>;

describe("--economics numbers are read as JSON numbers", () => {
  it.each([
    ["costPerLoan=1e6", 1000000],
    ["costPerLoan=2.5E1", 25],
    ["takeUp=5e-1", 0.5],
  ])("%s is %d", async (option, expected) => {
    const r = await runCli(["portfolio", input, "--economics", option, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(economicsOf(r.stdout)[option.split("=")[0] as string]).toBe(expected);
  });
});

describe("costPerLoan is money: at most 2 decimals (the 分), as quote takes amounts", () => {
  it("--economics costPerLoan=20.555 is refused, naming the key", async () => {
    expectUsageError(await runCli(["portfolio", input, "--economics", "costPerLoan=20.555"]), /^error: --economics costPerLoan=20\.555: economics\.costPerLoan: .*at most 2 decimals/);
  });

  it("costPerLoan 20.555 in the policy file is refused, naming the key", async () => {
    const policy = JSON.parse(readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8"));
    policy.economics = { ...policy.economics, costPerLoan: 20.555 };
    const r = await runCli(["portfolio", input, "--policy", write("policy.json", JSON.stringify(policy))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/economics\.costPerLoan.*at most 2 decimals/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("20.55 and 1e-2 (0.01) are money", async () => {
    for (const [option, expected] of [["costPerLoan=20.55", 20.55], ["costPerLoan=1e-2", 0.01]] as const) {
      const r = await runCli(["portfolio", input, "--economics", option, "--format", "json"]);
      expect(r.stderr).toBe("");
      expect(economicsOf(r.stdout).costPerLoan).toBe(expected);
    }
  });
});
