import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

// Parts run with different --world are parts of different runs: merge names the world,
// not "the policies' settings differ".
const write = tempWriter("suishendai-merge-worlds-");
const lines = population(6);
const shards = [write("a.ndjson", lines.slice(0, 3).join("\n")), write("b.ndjson", lines.slice(3).join("\n"))];
const base = JSON.parse(readFileSync(fileURLToPath(new URL("../../data/default-world.json", import.meta.url)), "utf8"));
const harsh = write("harsh.json", JSON.stringify({ ...base, name: "harsh world", logistic: { ...base.logistic, intercept: -1 } }));
const other = write("other.json", JSON.stringify({ ...base, name: "other", logistic: { ...base.logistic, intercept: -2 } }));
const part = async (shard: string, name: string, world?: string) => {
  const r = await runCli(["portfolio", shard, "--partial", ...(world ? ["--world", world] : [])]);
  expect(r.stderr).toBe("");
  return write(name, r.stdout);
};

describe("merge: parts of different worlds", () => {
  it("names both worlds", async () => {
    const r = await runCli(["merge", await part(shards[0] as string, "p1.json", harsh), await part(shards[1] as string, "p2.json", other)]);
    expectUsageError(r, /^error: merge: .*p2\.json and .*p1\.json are parts of different runs: --world: "other" vs "harsh world"\n$/);
  });

  it("says which part ran in the default world", async () => {
    const r = await runCli(["merge", await part(shards[0] as string, "q1.json", harsh), await part(shards[1] as string, "q2.json")]);
    expectUsageError(r, /are parts of different runs: --world: "default world" \(the default world, no --world\) vs "harsh world"\n$/);
  });
});
