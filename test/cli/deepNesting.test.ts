import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";
import { expectUsageError } from "./usageLine.js";

// A value nested 100,000 deep used to overflow the stack ("Maximum call stack size exceeded")
// wherever it was walked after parsing: policy diff, merge's checksum, fit's --outcomes join.
const write = tempWriter("suishendai-deep-");
const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
const policyText = readFileSync("data/default-policy.json", "utf8");
const withNote = (note: string) => policyText.replace(/^\{/, `{"note":${note},`);

describe("a value nested 100,000 deep is one error line naming the file and where", () => {
  it("policy diff: exit 2, the file, line and column", async () => {
    const a = write("a.json", withNote(deep));
    const b = write("b.json", withNote('"x"'));
    const r = await runCli(["policy", "diff", a, b]);
    expectUsageError(r, /^error: policy .*a\.json: not valid JSON \(line 1, column \d+: nested too deeply \(more than 512 levels\)\)\n$/);
  });

  it("merge: a part nested 100,000 deep is refused, exit 2, naming the file", async () => {
    const pop = write("pop.ndjson", '{"id":1,"invited":true,"age":30,"monthlyIncome":10000,"zhimaScore":700}\n');
    const part = (await runCli(["portfolio", pop, "--partial"])).stdout;
    const bad = write("deep.part.json", part.replace(/"set":\[\]/, `"set":${deep}`));
    expect(bad).not.toBe(part);
    expectUsageError(await runCli(["merge", bad]), /^error: merge: .*deep\.part\.json is not a part written by portfolio --partial \(line 1, column \d+: nested too deeply/);
  });

  it("validate --outcomes (as fit): the deep line is left out by its line, the others are used", async () => {
    const drawn = labelledProfiles(600, 3) as { id: unknown; defaulted: number }[];
    const profiles = write("profiles.ndjson", `${drawn.map((p) => JSON.stringify(p)).join("\n")}\n`);
    const lines = drawn.map((p, i) => (i === 3 ? `{"id":${JSON.stringify(p.id)},"defaulted":${deep}}` : JSON.stringify({ id: p.id, defaulted: p.defaulted })));
    const outcomes = write("outcomes.ndjson", `${lines.join("\n")}\n`);
    const r = await runCli(["validate", profiles, "--target", "defaulted", "--outcomes", outcomes, "--format", "json", "-q"]);
    expect(r.stderr).not.toMatch(/call stack|unexpected/);
    expect(r.stderr).toMatch(new RegExp(`^error: ${outcomes} line 4: invalid JSON: line 4, column \\d+: nested too deeply \\(more than 512 levels\\)$`, "m"));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).records.used).toBe(599);
  });
});
