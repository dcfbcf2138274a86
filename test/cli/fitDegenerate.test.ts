import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// A fit that cannot mean anything is an error, not a policy: exit 2, one
// line, no report on stdout and nothing written to --out.

const write = tempWriter("suishendai-fit-degenerate-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(3000, 11) as Record<string, unknown>[];

describe("degenerate fits", () => {
  it("20 records (10 of each, the fewest fit takes): the regression does not converge", async () => {
    const few = [...drawn.filter((p) => p.defaulted === 1).slice(0, 10), ...drawn.filter((p) => p.defaulted === 0).slice(0, 10)];
    const out = `${write("few.ndjson", ndjson(few))}.fitted.json`;
    const r = await runCli(["fit", write("few.ndjson", ndjson(few)), "--out", out]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^error: fit: the regression did not converge in \d+ of at most 50 steps \(too few records, or a characteristic separates goods from bads perfectly\)\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("200 identical profiles: no characteristic carries information", async () => {
    const one = { ...drawn[0], id: undefined };
    const same = Array.from({ length: 200 }, (_, i) => ({ ...one, id: `S${i}`, defaulted: i % 2 }));
    const out = `${write("same.ndjson", ndjson(same))}.fitted.json`;
    const r = await runCli(["fit", write("same.ndjson", ndjson(same)), "--out", out, "--format", "json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: fit: no characteristic has IV ≥ 0.02; nothing to fit\n"]);
    expect(existsSync(out)).toBe(false);
  });
});
