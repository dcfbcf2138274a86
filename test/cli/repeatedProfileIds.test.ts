import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-repeated-ids-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(300, 5) as Record<string, unknown>[];
const outcomes = write("outcomes.ndjson", ndjson(drawn.map((p) => ({ id: p.id, defaulted: p.defaulted }))));
// Lines 11 and 21 take the ids of lines 1 and 2: four profiles, two outcomes, each outcome counted twice before.
const profiles = drawn.map(({ defaulted: _, ...p }, i) => (i === 10 ? { ...p, id: drawn[0]?.id } : i === 20 ? { ...p, id: drawn[1]?.id } : p));
const repeated = write("repeated.ndjson", ndjson(profiles));

describe("profiles with an id twice are refused when joined by id to --outcomes, as outcomes with an id twice are", () => {
  it.each([["fit"], ["validate"]])("%s: one line naming the count and the first pair of lines, exit 2, nothing on stdout", async (command) => {
    const r = await runCli([command, repeated, "--outcomes", outcomes]);
    const first = JSON.stringify(drawn[0]?.id);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: input ${repeated}: 2 profile(s) repeat an id another profile has (first: id ${first} on lines 1 and 11): with --outcomes each profile is joined to the one outcome of its id, so the ids must be unique\n`);
  });

  it("the same profiles with their own outcome field (no join) are read as before", async () => {
    const own = write("own.ndjson", ndjson(profiles.map((p, i) => ({ ...p, defaulted: drawn[i]?.defaulted }))));
    const r = await runCli(["validate", own, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).records.used).toBe(300);
  });
});
