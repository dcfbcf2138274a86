import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { ownRecords, trueLogit } from "../examples/generate-own.mjs";
import { tempWriter } from "./cli/tempFiles.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const generate = (args: string[]) => spawnSync(process.execPath, ["examples/generate-own.mjs", ...args], { cwd: root, encoding: "utf8" });

describe("generate-own.mjs", () => {
  it("writes the same bytes for one count and seed, CSV with its header, NDJSON the same records", () => {
    const a = generate(["--count", "300", "--seed", "3"]);
    expect([a.status, a.stderr]).toEqual([0, ""]);
    expect(generate(["--seed", "3", "--count", "300", "--format", "csv"]).stdout).toBe(a.stdout);
    const lines = a.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("id,queries6m,deviceAgeMonths,utilisation,channel,region,hasCar,income,bad");
    expect(lines).toHaveLength(301);
    const json = generate(["--count", "300", "--seed", "3", "--format", "ndjson"]).stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    // A missing device age is an empty cell in CSV and an absent key in NDJSON.
    const cells = lines.slice(1).map((l) => l.split(","));
    expect(cells.map((c) => c[2] === "")).toEqual(json.map((r) => !("deviceAgeMonths" in r)));
    expect(cells.map((c) => c[8])).toEqual(json.map((r) => r.bad));
    expect(generate(["--count", "300", "--seed", "4"]).stdout).not.toBe(a.stdout);
  });

  it("draws the documented columns: ranges, levels, ~10% missing and ~3% -1 device ages, ~16% bad", () => {
    const rs = ownRecords(20_000, 20261208) as Record<string, unknown>[];
    const share = (f: (r: Record<string, unknown>) => boolean) => rs.filter(f).length / rs.length;
    expect(rs.every((r) => Number.isInteger(r.queries6m) && (r.queries6m as number) >= 0 && (r.queries6m as number) <= 20)).toBe(true);
    expect(rs.every((r) => (r.utilisation as number) >= 0 && (r.utilisation as number) <= 1.5)).toBe(true);
    expect(new Set(rs.map((r) => r.channel))).toEqual(new Set(["app", "web", "store", "partner"]));
    expect(new Set(rs.map((r) => r.region)).size).toBe(6);
    expect(share((r) => r.region === "northwest")).toBeLessThan(0.03);
    expect(share((r) => r.deviceAgeMonths === undefined)).toBeCloseTo(0.1, 1);
    expect(share((r) => r.deviceAgeMonths === -1)).toBeCloseTo(0.03, 1);
    expect(share((r) => r.bad === "yes")).toBeCloseTo(0.16, 1);
  });

  it("computes the documented true logit (one record by hand)", () => {
    const r = { queries6m: 3, deviceAgeMonths: 11, utilisation: 0.7, channel: "partner", region: "west", hasCar: true, income: 16000 };
    // −2.0 + 0.12×3 − 0.45×ln(12/12) + 1.8×0.2 + 0.9 + 0.3 − 0.35 − 0.4×ln 2
    expect(trueLogit(r)).toBeCloseTo(-2.0 + 0.36 + 0 + 0.36 + 0.9 + 0.3 - 0.35 - 0.4 * Math.log(2), 12);
    expect(trueLogit({ ...r, deviceAgeMonths: -1 }) - trueLogit(r)).toBeCloseTo(1.0, 12);
    expect(trueLogit({ ...r, deviceAgeMonths: undefined }) - trueLogit(r)).toBeCloseTo(0.35, 12);
  });

  it("--truth writes each record's true PD by id", () => {
    const file = tempWriter("suishendai-own-")("truth.csv", "");
    const r = generate(["--count", "50", "--seed", "9", "--truth", file]);
    const truth = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(truth[0]).toBe("id,pd");
    const drawn = ownRecords(50, 9) as Record<string, unknown>[];
    expect(truth.slice(1).map((l) => l.split(","))).toEqual(drawn.map((d) => [d.id, String(1 / (1 + Math.exp(-trueLogit(d))))]));
    expect(r.stdout.split("\n")[1]?.startsWith("O0000001,")).toBe(true);
  });

  it.each([[["--count"]], [["--count", "-1"]], [["--format", "tsv"]], [["--rows", "5"]]])("%j: one error line, exit 2, no records", (args) => {
    const r = generate(args);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^error: .*usage: /)]);
    expect(r.status).toBe(2);
  });
});
