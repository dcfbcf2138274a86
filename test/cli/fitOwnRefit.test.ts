import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { ownRecords } from "../../examples/generate-own.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// Own data with region written as codes 1–6: a number until declared a category, as docs/fit.md says
// (fit, declare it in the fitted policy, fit again with that policy as --policy).
const write = tempWriter("suishendai-own-refit-");
const CODES: Record<string, number> = { east: 1, north: 2, south: 3, west: 4, central: 5, northwest: 6 };
const rows = (ownRecords(1500, 3) as Record<string, unknown>[]).map((r) => ({ ...r, region: CODES[r.region as string] }));
const data = write("coded.ndjson", `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);

describe("own data fitted again under its fitted policy", () => {
  it("a code column is a number; declared a category in the base, it is binned by levels and the report says declared", async () => {
    const first = write("first.json", "");
    const a = await runCli(["fit", data, "--target", "bad", "--bad", "yes", "--out", first, "--format", "json"]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).fields.find((f: { name: string }) => f.name === "region")).toMatchObject({ type: "number", source: "inferred", distinct: 6 });
    const policy = JSON.parse(readFileSync(first, "utf8"));
    policy.fields = policy.fields.map((f: { name: string }) => (f.name === "region" ? { name: "region", type: "category" } : f));
    policy.scorecard.characteristics = [];
    const base = write("base.json", JSON.stringify(policy));
    const second = write("second.json", "");
    const b = await runCli(["fit", data, "--target", "bad", "--bad", "yes", "--policy", base, "--out", second, "--format", "json"]);
    expect([b.code, b.stderr]).toEqual([0, ""]);
    const report = JSON.parse(b.stdout);
    // In the order the columns are first seen (an NDJSON record may lack one).
    expect(report.fields.map((f: { name: string; type: string; source: string }) => `${f.name} ${f.type} ${f.source}`).sort()).toEqual([
      "channel category declared",
      "deviceAgeMonths number declared",
      "hasCar boolean declared",
      "income number declared",
      "queries6m number declared",
      "region category declared",
      "utilisation number declared",
    ]);
    const region = JSON.parse(readFileSync(second, "utf8")).scorecard.characteristics.find((c: { field: string }) => c.field === "region");
    // Levels as text (a number in a category is its text), every code in some bin, an unseen code scoring other.
    expect(region.bins.flatMap((b: { levels: string[] }) => b.levels).sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(region.other).toBe(0);
  });
});
