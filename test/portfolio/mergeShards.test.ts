import { createHash } from "node:crypto";
import { copyFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runFingerprint } from "../../src/app/portfolio/partFile.js";
import { canonicalJson } from "../../src/json/canonicalJson.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

// `portfolio --partial --shard I/N` records which shard of how many the part
// is, so `merge` can tell a run that is not whole. Before, 2 parts of 3 gave
// a smaller book with exit 0, and nothing could say a shard was missing.
const write = tempWriter("suishendai-shards-");
const people = population(90);
const input = write("pop.ndjson", `${people.join("\n")}\n`);
const shardInput = (i: number, n: number) => {
  const size = Math.ceil(people.length / n);
  return write(`s${i}of${n}.ndjson`, `${people.slice((i - 1) * size, i * size).join("\n")}\n`);
};
/** Shard i of n, as a part file written with --shard i/n (or without it). */
const part = async (i: number, n: number, name: string, withShard = true) => {
  const r = await runCli(["portfolio", shardInput(i, n), "--partial", ...(withShard ? ["--shard", `${i}/${n}`] : [])]);
  expect(r.stderr).toBe("");
  return write(name, r.stdout);
};
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("merge: the shards of a run make up the whole", () => {
  it("the three shards of 3 give the single run's bytes, in any order", async () => {
    const whole = await runCli(["portfolio", input, "--format", "json"]);
    const parts = [await part(1, 3, "a1.json"), await part(2, 3, "a2.json"), await part(3, 3, "a3.json")];
    for (const order of [parts, [...parts].reverse()]) {
      const merged = await runCli(["merge", ...order, "--format", "json"]);
      expect(merged.stderr).toBe("");
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    }
  });

  it("2 of 3 parts: refused naming shard 3 (before: a book of 60 of the 90 applicants, exit 0)", async () => {
    const [a, b] = [await part(1, 3, "m1.json"), await part(2, 3, "m2.json")];
    expectUsageError(await runCli(["merge", a, b]), /^error: merge: shard 3\/3 is missing \(2 of 3 parts given\)/);
    // Several missing are each named.
    expectUsageError(await runCli(["merge", b]), /^error: merge: shards 1\/3 and 3\/3 are missing/);
  });

  it("unsharded parts keep the old behaviour: 2 of 3 merge, since nothing says a third exists", async () => {
    const [a, b] = [await part(1, 3, "u1.json", false), await part(2, 3, "u2.json", false)];
    const r = await runCli(["merge", a, b, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).books[0].totals.applicants).toBe(60);
  });

  it("a copied part: refused as the shard given twice, naming both files", async () => {
    const [a, b, c] = [await part(1, 3, "c1.json"), await part(2, 3, "c2.json"), await part(3, 3, "c3.json")];
    const copy = write("copy.json", "");
    copyFileSync(b, copy);
    expectUsageError(await runCli(["merge", a, b, c, copy]), new RegExp(`^error: merge: shard 2/3 given twice: ${escaped(b)} and ${escaped(copy)}; give each shard once\\n$`));
  });

  it("an extra shard of another split: refused naming both files and both N", async () => {
    const parts = [await part(1, 3, "e1.json"), await part(2, 3, "e2.json"), await part(3, 3, "e3.json")];
    const extra = await part(4, 4, "e4of4.json");
    expectUsageError(await runCli(["merge", ...parts, extra]), new RegExp(`^error: merge: ${escaped(extra)} is shard 4 of 4 but ${escaped(parts[0] as string)} is of 3`));
  });

  it("sharded and unsharded parts mixed: refused", async () => {
    const [a, b] = [await part(1, 2, "x1.json"), await part(2, 2, "x2.json", false)];
    expectUsageError(await runCli(["merge", a, b]), new RegExp(`^error: merge: ${escaped(a)} is shard 1/2 but ${escaped(b)} was written without --shard`));
  });

  it("a part whose shard was edited (checksum recomputed) to one no run writes: refused by the schema", async () => {
    const text = (await runCli(["portfolio", shardInput(1, 2), "--partial", "--shard", "1/2"])).stdout;
    const p = JSON.parse(text);
    p.shard = { index: 3, count: 2 };
    delete p.checksum;
    p.fingerprint = runFingerprint({ setup: p.setup, policies: p.policies, set: p.set });
    p.checksum = createHash("sha256").update(canonicalJson(p)).digest("hex");
    const bad = write("edited.json", JSON.stringify(p));
    expectUsageError(await runCli(["merge", bad]), /not a part portfolio could write: shard: index must be at most count/);
  });
});

describe("portfolio --shard I/N is checked before any input is read", () => {
  it.each([
    [["--shard", "1/3"], /^error: --shard: only with --partial/],
    [["--partial", "--shard", "0/3"], /^error: --shard: expected I\/N, .*1 ≤ I ≤ N ≤ 10000.*got "0\/3"/],
    [["--partial", "--shard", "4/3"], /got "4\/3"/],
    [["--partial", "--shard", "1/10001"], /got "1\/10001"/],
    [["--partial", "--shard", "1.5/3"], /got "1\.5\/3"/],
    [["--partial", "--shard", "2"], /got "2"/],
    [["--partial", "--shard", "-1/3"], /got "-1\/3"/],
  ])("%j", async (argv, message) => {
    expectUsageError(await runCli(["portfolio", write("none.ndjson", ""), ...argv]), message);
  });

  it("1/1 and leading zeros are a shard", async () => {
    const r = await runCli(["portfolio", shardInput(1, 1), "--partial", "--shard", "01/1"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).shard).toEqual({ index: 1, count: 1 });
  });
});
