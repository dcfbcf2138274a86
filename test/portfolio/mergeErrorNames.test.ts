import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

// Each shard counts its lines from 1, so merge names an invalid record by its part and its line there.
const write = tempWriter("suishendai-merge-names-");
const [good1, good2] = population(2) as [string, string];
const shard1 = write("shard1.ndjson", `${good1}\n{"id":"y","age":"old"}\n`);
const shard2 = write("shard2.ndjson", `{"id":"x","age":"old"}\n${good2}\n`);

async function part(shard: string, name: string): Promise<string> {
  const r = await runCli(["portfolio", shard, "--partial"]);
  expect(r.code).toBe(1);
  return write(name, r.stdout);
}

describe("merge names each invalid record by its part and line", () => {
  it("two parts: each error line starts with its part's file name; the order of the parts does not matter", async () => {
    const [p1, p2] = [await part(shard1, "part1.json"), await part(shard2, "part2.json")];
    for (const order of [[p1, p2], [p2, p1]]) {
      const r = await runCli(["merge", ...order, "--format", "json"]);
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(new RegExp(`^error: ${p1}: line 2 \\(id "y"\\): `));
      expect(lines[1]).toMatch(new RegExp(`^error: ${p2}: line 1 \\(id "x"\\): `));
      expect(lines[2]).toBe("error: 2 invalid record(s); each is named above, by part and line");
    }
  });

  it("a single part: stdout is the run's own bytes", async () => {
    const whole = await runCli(["portfolio", shard2, "--format", "json"]);
    const merged = await runCli(["merge", await part(shard2, "alone.json"), "--format", "json"]);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.stderr).toMatch(/^error: .*alone\.json: line 1 \(id "x"\): /);
  });
});

describe("merge reads parts from files only", () => {
  it("refuses - (stdin) as a part: one usage line, exit 2, stdin not read", async () => {
    const p = await part(shard2, "with-stdin.json");
    let read = false;
    const stdin = async function* () {
      read = true;
      yield "";
    };
    const r = await runCli(["merge", p, "-"], {}, false, stdin);
    expectUsageError(r, /^error: merge: - \(stdin\) is not a part file: parts are files written by portfolio --partial; save the part to a file\n$/);
    expect(read).toBe(false);
  });
});
