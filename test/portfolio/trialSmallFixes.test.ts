import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";
import { population } from "./population.js";

// Small things a new user met: a hint said twice, a percentage without %, and the chart's
// ratio for a month with no balance.
const write = tempWriter("suishendai-trial-small-");
const pop = write("pop.ndjson", population(3).join("\n"));

describe("portfolio: small messages", () => {
  it("--npl-target 2 says the two spellings once", async () => {
    expectUsageError(await runCli(["portfolio", pop, "--npl-target", "2"]), /^error: --npl-target: 2 would be 200%; write 2% or 0\.02 \(a share\)\n$/);
  });

  it("--economics vatRate=6 suggests 6% (0.06)", async () => {
    expectUsageError(await runCli(["portfolio", pop, "--economics", "vatRate=6"]), /^error: --economics vatRate=6: economics\.vatRate: must be at most 1, got 6; write 6% \(0\.06\)\n$/);
  });
});

describe("portfolio chart: a month with no balance", () => {
  it("shows – for its NPL, as the month table does", async () => {
    const world = write("world.json", JSON.stringify(extremeWorld()));
    const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0 })));
    const late = write("late.ndjson", JSON.stringify({ ...JSON.parse(profile("good", 700, { amount: 6000, terms: 3 })), applicationMonth: 2 }));
    const r = await runCli(["portfolio", late, "--policy", policy, "--world", world, "--originate-months", "2", "--lang", "en"]);
    expect(r.stderr).toBe("");
    const chart = r.stdout.slice(r.stdout.indexOf("outstanding and NPL by month"));
    expect(chart).toMatch(/^ *0 │ +0\.0k NPL –$/m); // month 0: nothing booked yet
    expect(chart).toMatch(/^ *1 │.* 6\.0k NPL 0\.00%$/m);
  });
});
