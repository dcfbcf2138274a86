import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";

// A world file is checked as a policy file is: each mistake named where it is, on one short line.
const write = tempWriter("suishendai-world-checks-");
const pop = write("pop.ndjson", readFileSync(fileURLToPath(new URL("../../examples/profiles/population.ndjson", import.meta.url)), "utf8").split("\n").slice(0, 5).join("\n"));
const world = (terms: unknown[]) => write("w.json", JSON.stringify({ name: "w", logistic: { intercept: -2, terms } }));

describe("--world: a logistic world's terms", () => {
  it("a term with neither center nor logOver is refused (it was read as center 0)", async () => {
    const r = await runCli(["portfolio", pop, "--world", world([{ field: "zhimaScore", coefficient: -0.01 }])]);
    expectUsageError(r, /^error: --world: world .*w\.json: logistic\.terms\[0\]: give exactly one of center or logOver/);
  });

  it("a misspelt key is named as unknown, with what it resembles", async () => {
    const r = await runCli(["portfolio", pop, "--world", world([{ field: "zhimaScore", coef: -0.01, center: 650 }])]);
    expectUsageError(r, /^error: --world: world .*w\.json: logistic\.terms\[0\]: unknown key "coef" \(did you mean "coefficient"\?\)/);
  });

  it("a misspelt field: did you mean, on a short line", async () => {
    const r = await runCli(["portfolio", pop, "--world", world([{ field: "zhimaScor", coefficient: -0.01, center: 650 }])]);
    expectUsageError(r, /^error: --world: world .*w\.json: logistic\.terms\[0\]\.field: unknown field "zhimaScor": did you mean "zhimaScore"\?\n$/);
    expect(r.stderr.length - r.stderr.indexOf("logistic")).toBeLessThan(100);
  });
});

describe("--world: a field world on records without the field", () => {
  it("exit 2, one line, no book", async () => {
    const r = await runCli(["portfolio", pop, "--world", write("field.json", JSON.stringify({ name: "backtest", field: "pd" }))]);
    expectUsageError(r, /^error: --world: no record has field "pd" \(the world reads each applicant's PD from it\)\n$/);
  });
});
