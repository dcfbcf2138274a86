import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

// "The card fit writes can serve as a world": a whole policy file (as `fit --out` writes it)
// given to --world is read as its scorecard (and scaling), named by the policy's name.
const write = tempWriter("suishendai-policy-world-");
const POLICY = fileURLToPath(new URL("../../data/default-policy.json", import.meta.url));
const policy = JSON.parse(readFileSync(POLICY, "utf8"));
const pop = write("pop.ndjson", population(200).join("\n"));

describe("--world: a whole policy file", () => {
  it("runs as the world of its scorecard, with the policy's name", async () => {
    const fitted = write("fitted.json", JSON.stringify({ ...policy, name: "fitted", scorecard: { ...policy.scorecard, scaling: { ...policy.scorecard.scaling, odds: 5 } } }));
    const card = write("card.json", JSON.stringify({ name: "fitted", scorecard: { ...policy.scorecard, scaling: { ...policy.scorecard.scaling, odds: 5 } } }));
    const a = await runCli(["portfolio", pop, "--world", fitted, "--format", "json"]);
    const b = await runCli(["portfolio", pop, "--world", card, "--format", "json"]);
    expect(a.stderr).toBe("");
    expect(JSON.parse(a.stdout).world).toBe("fitted");
    expect(a.stdout).toBe(b.stdout);
  });

  it("a policy that is not valid is named as a policy", async () => {
    const bad = write("bad.json", JSON.stringify({ ...policy, bands: [{ ...policy.bands[0], apr: "x" }] }));
    expectUsageError(await runCli(["portfolio", pop, "--world", bad]), /^error: --world: policy .*bad\.json: bands\[0\]\.apr: expected a number/);
  });
});
