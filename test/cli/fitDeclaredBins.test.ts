import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { seededRandom, stratifiedSplit } from "../../src/engine/scorecardFit/seededSplit.js";
import { FitReportSchema } from "../../src/policy/reportSchemas.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// fit on a policy's declared fields (examples/policies/own-fields.json): a category channel binned by
// levels, a number queries6m with special values; counted again here from the training records,
// and the fitted policy scored by simulate.

const write = tempWriter("suishendai-fit-declared-");
const random = seededRandom(23);
const rows: Record<string, unknown>[] = (labelledProfiles(2500, 9) as Record<string, unknown>[]).map((r) => {
  const bad = r.defaulted === 1;
  const u = random();
  const channel = bad ? (u < 0.25 ? "app" : u < 0.5 ? "web" : u < 0.97 ? "store" : "kiosk") : u < 0.5 ? "app" : u < 0.8 ? "web" : u < 0.98 ? "store" : "kiosk";
  const q = random();
  const queries6m = q < 0.1 ? -1 : q < 0.15 ? undefined : Math.floor(random() * (bad ? 9 : 5));
  return { ...r, channel, ...(queries6m === undefined ? {} : { queries6m }) };
});
const labelled = write("labelled.ndjson", `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
const POLICY = "examples/policies/own-fields.json";
const inTrain = stratifiedSplit(rows.map((r) => r.defaulted as 0 | 1), 1, 0.7);
const train = rows.filter((_, i) => inTrain[i]);

/** goods and bads of the training records that `pick` takes. */
const countWhere = (pick: (r: Record<string, unknown>) => boolean) => ({ goods: train.filter((r) => pick(r) && r.defaulted === 0).length, bads: train.filter((r) => pick(r) && r.defaulted === 1).length });

describe("fit on declared fields", () => {
  const out = write("fitted.json", "");
  let r: Awaited<ReturnType<typeof runCli>>;
  let report: ReturnType<typeof FitReportSchema.parse>;
  let fitted: { scorecard: { characteristics: { field: string; bins: { levels?: unknown[]; points: number }[]; other?: number }[] } };
  beforeAll(async () => {
    r = await runCli(["fit", labelled, "--policy", POLICY, "--special", "queries6m=-1,99", "--format", "json", "--out", out]);
    report = FitReportSchema.parse(JSON.parse(r.stdout));
    fitted = JSON.parse(readFileSync(out, "utf8"));
  });
  const policyChar = (field: string) => fitted.scorecard.characteristics.find((c) => c.field === field)!;

  it("a category: groups of levels in order of bad rate, each ≥ 5% of train with goods and bads, counted as here", () => {
    expect(r.code).toBe(0);
    const c = report.characteristics.find((x) => x.field === "channel")!;
    expect(c.trendFrom).toBe("levels");
    const sets = c.bins.filter((b) => b.levels);
    expect(sets.flatMap((b) => b.levels).sort()).toEqual(["app", "kiosk", "store", "web"]);
    for (const b of sets) {
      expect({ goods: b.goods, bads: b.bads }).toEqual(countWhere((x) => b.levels!.includes(x.channel as string)));
      expect(b.share).toBeGreaterThanOrEqual(0.05);
      expect(b.label).toBe(`{${b.levels!.join(", ")}}`);
    }
    const rates = sets.map((b) => b.bads / b.records);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
    // in the policy: set bins with the reported points, and other 0 (WOE 0, the average)
    expect(policyChar("channel").bins).toEqual(sets.map((b) => ({ levels: b.levels, points: b.points })));
    expect(policyChar("channel").other).toBe(0);
  });

  it("a special value: -1 in its own bin, counted apart from the ranges; 99, in no record, is reported", () => {
    const c = report.characteristics.find((x) => x.field === "queries6m")!;
    const special = c.bins.find((b) => b.label === "= -1")!;
    expect({ goods: special.goods, bads: special.bads }).toEqual(countWhere((x) => x.queries6m === -1));
    const ranges = c.bins.filter((b) => !b.levels && !b.missing);
    expect(ranges.reduce((s, b) => s + b.records, 0)).toBe(train.filter((x) => typeof x.queries6m === "number" && x.queries6m >= 0).length);
    expect(c.absentSpecials).toEqual([99]);
    expect(report.warnings.find((w) => w.kind === "absentSpecial")).toMatchObject({ field: "queries6m", levels: [99] });
    expect(policyChar("queries6m").bins.at(-1)).toEqual({ levels: [-1], points: special.points });
    expect(report.binning.fields).toEqual({ queries6m: { special: [-1, 99] } });
  });

  it("simulate scores the fitted policy: a set bin's points, and an unseen level 0", async () => {
    const base = { ...rows[0], id: "x", queries6m: -1, channel: "store" };
    const sim = await runCli(["simulate", write("p.ndjson", `${JSON.stringify(base)}\n${JSON.stringify({ ...base, channel: "tv" })}\n`), "--policy", out, "--format", "json", "--explain"]);
    const points = sim.stdout.trim().split("\n").map((line) => JSON.parse(line).points as { field: string; points: number }[]);
    const of = (i: number, field: string) => points[i]!.find((p) => p.field === field)!.points;
    const store = policyChar("channel").bins.find((b) => b.levels?.includes("store"))!.points;
    expect([of(0, "channel"), of(1, "channel")]).toEqual([store, 0]);
    expect(of(0, "queries6m")).toBe(policyChar("queries6m").bins.at(-1)!.points);
  });

  it("--breaks channel=app|web,store: exactly those groups; kiosk, in none, is reported and scores other", async () => {
    const m = await runCli(["fit", labelled, "--policy", POLICY, "--breaks", "channel=app|web,store", "--format", "json"]);
    const c = FitReportSchema.parse(JSON.parse(m.stdout)).characteristics.find((x) => x.field === "channel")!;
    expect(c.bins.map((b) => [b.label, b.goods, b.bads])).toEqual([
      ["{app, web}", ...Object.values(countWhere((x) => x.channel === "app" || x.channel === "web"))],
      ["{store}", ...Object.values(countWhere((x) => x.channel === "store"))],
    ]);
    expect(c.unlisted).toEqual({ levels: ["kiosk"], records: train.filter((x) => x.channel === "kiosk").length });
  });

  it("--special or --monotone on a category field: one line saying they are for number fields", async () => {
    const special = await runCli(["fit", labelled, "--policy", POLICY, "--special", "channel=1"]);
    expect([special.code, special.stdout, special.stderr]).toEqual([2, "", "error: --special channel: channel is a category field; special values are for number fields (each level of a category is binned already)\n"]);
    const trend = await runCli(["fit", labelled, "--policy", POLICY, "--monotone", "channel=ascending"]);
    expect([trend.code, trend.stdout, trend.stderr]).toEqual([2, "", "error: --monotone channel: channel is a category field; its levels have no order (they are grouped by bad rate), so a trend is for number fields only\n"]);
  });
});
