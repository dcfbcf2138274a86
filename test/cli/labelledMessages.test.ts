import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-labelled-msg-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(100, 3) as Record<string, unknown>[];
const profiles = write("profiles.ndjson", ndjson(drawn.map(({ defaulted: _, ...p }, i) => ({ ...p, id: i + 17 }))));

describe("fit and validate messages: one line, naming the option, no internals", () => {
  it.each([["constructor"], ["__proto__"], ["toString"]])("--target %s is a field the records do not have, not one every object inherits", async (target) => {
    const r = await runCli(["fit", profiles, "--target", target]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: input: no usable record in ${profiles} (line 1: field ${target}: is required (the outcome: 0 good, 1 defaulted)); name the outcome field with --target, or join outcomes by id with --outcomes FILE\n`);
  });

  it("profile ids 17… and outcome ids \"17\"…: nothing joins, and the error says the ids differ in type only", async () => {
    const outcomes = write("string-ids.ndjson", ndjson(drawn.map((p, i) => ({ id: String(i + 17), defaulted: p.defaulted }))));
    const r = await runCli(["-q", "validate", profiles, "--outcomes", outcomes]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: input: no profile of ${profiles} has an outcome in --outcomes (joined by id); the ids differ in type only: profile id 17 but outcome id "17" (write both as numbers or both as strings)\n`);
  });

  it("--outcomes naming a file of NUL bytes (/dev/zero) names --outcomes, not the input", async () => {
    const zeros = write("zeros.bin", "\u0000".repeat(4096));
    const r = await runCli(["fit", profiles, "--outcomes", zeros]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: --outcomes: ${zeros} is not UTF-8 text: it is binary data (NUL bytes), not text\n`);
  });
});
