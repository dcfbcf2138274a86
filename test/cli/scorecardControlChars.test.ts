import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-scorecard-ctl-");
const ESC = "\u001b";
/** No control character at all but the line feed: what a colourless view must print whatever the data. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const labelled = write("labelled.ndjson", ndjson(labelledProfiles(800, 3) as unknown[]));

async function policyWithEscapes(): Promise<string> {
  const policy = JSON.parse((await runCli(["policy"])).stdout);
  policy.scorecard.characteristics[0].id = `C01${ESC}[2J`;
  for (const band of policy.bands) band.band = `${band.band}${ESC}[31m`;
  return write("policy.json", JSON.stringify(policy));
}

describe("escape sequences from a policy are shown escaped in the fit and validate tables", () => {
  it("fit: the characteristic's id in the IV chart, its heading and the warnings; band names in the calibration", async () => {
    const r = await runCli(["fit", labelled, "--policy", await policyWithEscapes(), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain("C01\\u001b[2J ");
    expect(r.stdout).toMatch(/│ A\\u001b\[31m +│/);
  });

  it("validate: the stability rows and the calibration", async () => {
    const policy = await policyWithEscapes();
    const r = await runCli(["validate", labelled, "--policy", policy, "--baseline", labelled, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toMatch(/│ C01\\u001b\[2J \w+ +│/);
    expect(r.stdout).toMatch(/│ A\\u001b\[31m +│/);
  });

  it("the JSON report keeps the data as it is", async () => {
    const r = await runCli(["validate", labelled, "--policy", await policyWithEscapes(), "--baseline", labelled, "--format", "json"]);
    expect(JSON.parse(r.stdout).stability.characteristics[0].id).toBe(`C01${ESC}[2J`);
  });
});
