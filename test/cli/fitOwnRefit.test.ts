import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { ownRecords } from "../../examples/generate-own.mjs";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
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

describe("--fields", () => {
  it("fits the columns named, in that order; the others are named in one note, not warned about as unknown", async () => {
    const r = await runCli(["fit", data, "--target", "bad", "--bad", "yes", "--fields", "channel, queries6m", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("note: --fields leaves out 5 column(s): utilisation, region, hasCar, income,\n  deviceAgeMonths\n");
    const report = JSON.parse(r.stdout);
    expect(report.fields.map((f: { name: string }) => f.name)).toEqual(["channel", "queries6m"]);
    expect(report.characteristics.map((c: { id: string; field: string }) => `${c.id} ${c.field}`)).toEqual(["C01 channel", "C02 queries6m"]);
    expect(report.policy.fields.map((f: { name: string }) => f.name)).toEqual(["channel", "queries6m"]);
  });

  it("on built-in profiles it fits just those fields too, typed built-in, in a policy of its own", async () => {
    const profiles = write("profiles.ndjson", `${(labelledProfiles(600, 4) as unknown[]).map((p) => JSON.stringify(p)).join("\n")}\n`);
    const r = await runCli(["fit", profiles, "--fields", "zhimaScore,age", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.fields.map((f: { name: string; type: string; source: string }) => `${f.name} ${f.type} ${f.source}`)).toEqual(["zhimaScore number built-in", "age number built-in"]);
    expect(report.characteristics.map((c: { field: string }) => c.field)).toEqual(["zhimaScore", "age"]);
    // Built-in fields are not declared again; without --policy no knock-out and no required field.
    expect([report.policy.fields, report.policy.knockouts, report.policy.requiredFields]).toEqual([[], [], []]);
  });
});
