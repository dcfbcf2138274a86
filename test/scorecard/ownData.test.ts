import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { checkOwnData } from "./ownDataCheck.js";

type Characteristic = { id: string; field: string; missing: number; other?: number; bins: { levels?: unknown[]; points: number }[] };

describe("fit on a team's own data (examples/generate-own.mjs, a known true model)", async () => {
  // One fit, checked in steps below.
  const run = await checkOwnData(4000, 20261208, 0.03);

  it("4,000 records: holdout AUC within 0.03 of the true PD's on the same records; simulate scores as fit --scores", () => {
    expect(run.truth).toBeGreaterThan(0.65);
    expect(run.fitted).toBeGreaterThan(0.65);
  });

  it("types every column as the generator writes it; the policy declares them, requires nothing, knocks no one out", () => {
    expect(run.report.fields).toEqual([
      { name: "queries6m", type: "number", source: "inferred", present: 4000, distinct: 17 },
      { name: "deviceAgeMonths", type: "number", source: "inferred", present: 3593, distinct: 95 },
      { name: "utilisation", type: "number", source: "inferred", present: 4000, distinct: 1030 },
      { name: "channel", type: "category", source: "inferred", present: 4000, distinct: 4 },
      { name: "region", type: "category", source: "inferred", present: 4000, distinct: 6 },
      { name: "hasCar", type: "boolean", source: "inferred", present: 4000, distinct: 2 },
      { name: "income", type: "number", source: "inferred", present: 4000, distinct: 1488 },
    ]);
    const policy = JSON.parse(readFileSync(run.policyFile, "utf8"));
    expect([policy.requiredFields, policy.knockouts, policy.limit.missingMoney]).toEqual([[], [], "ignore"]);
    expect(policy.fields.map((f: { name: string; type: string }) => `${f.name}:${f.type}`)).toEqual(["queries6m:number", "deviceAgeMonths:number", "utilisation:number", "channel:category", "region:category", "hasCar:boolean", "income:number"]);
    expect(policy.fields.every((f: { missing: boolean; levels?: unknown }) => f.missing === true && f.levels === undefined)).toBe(true);
  });

  it("a channel the data never had scores the characteristic's `other` points; a known one its bin's", async () => {
    const policy = JSON.parse(readFileSync(run.policyFile, "utf8"));
    const channel = (policy.scorecard.characteristics as Characteristic[]).find((c) => c.field === "channel") as Characteristic;
    expect(channel.other).toBe(0);
    const record = { queries6m: 2, deviceAgeMonths: 30, utilisation: 0.4, region: "east", hasCar: true, income: 9000 };
    const points = async (value: string) => {
      const r = await runCli(["simulate", "--policy", run.policyFile, "-", "--format", "json", "--explain"], {}, false, JSON.stringify({ id: value, ...record, channel: value }));
      expect([r.code, r.stderr]).toEqual([0, ""]);
      return (JSON.parse(r.stdout).points as { field: string; points: number }[]).find((p) => p.field === "channel")?.points;
    };
    expect(await points("kiosk")).toBe(channel.other);
    for (const level of ["app", "web", "store", "partner"]) expect(await points(level)).toBe(channel.bins.find((b) => b.levels?.includes(level))?.points);
  });
});
