import { symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-merge-");
const small = write("small.ndjson", `${population(120).join("\n")}\n`);
const partOf = async (file: string, ...argv: string[]) => (await runCli(["portfolio", file, "--partial", ...argv])).stdout;

describe("merge: distinct parts with equal contents are each counted", () => {
  it("two empty shards (byte-identical parts) merge with the rest into the single run's bytes", async () => {
    const whole = await runCli(["portfolio", small, "--format", "json"]);
    const empty1 = write("e1.part.json", await partOf(write("e1.ndjson", "")));
    const empty2 = write("e2.part.json", await partOf(write("e2.ndjson", "")));
    const full = write("full.part.json", await partOf(small));
    const merged = await runCli(["merge", empty1, full, empty2, "--format", "json"]);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });
});

describe("merge: the same FILE twice is refused", () => {
  const part = write("p.part.json", "");
  it.each([
    ["the same name", (p: string) => p],
    ["./ and a relative path", (p: string) => `./${relative(process.cwd(), p)}`],
    ["a path through ..", (p: string) => join(dirname(p), "..", dirname(p).split("/").pop() as string, "p.part.json")],
    ["a symlink", (p: string) => {
      const link = join(dirname(p), "link.part.json");
      symlinkSync(p, link);
      return link;
    }],
  ])("%s", async (_how, other) => {
    write("p.part.json", await partOf(small));
    expectUsageError(await runCli(["merge", part, other(part)]), /^error: merge: .*part\.json is the same file as .*p\.part\.json; give each part once/);
  });
});

/** A part's text with its JSON changed by `edit`. */
const edited = (text: string, edit: (part: { setup: { seed: number }; aggregate: { books: { valid: string }[] } }) => void) => {
  const part = JSON.parse(text);
  edit(part);
  return `${JSON.stringify(part)}\n`;
};

describe("merge: a part changed after --partial wrote it is refused, naming the file", () => {
  it.each([
    ["a count set by hand", (p: Parameters<Parameters<typeof edited>[1]>[0]) => void ((p.aggregate as unknown as { valid: string }).valid = "999999")],
    ["the seed changed in the setup, the fingerprint left alone", (p: Parameters<Parameters<typeof edited>[1]>[0]) => void (p.setup.seed = 2)],
  ])("%s", async (_what, edit) => {
    const good = write("good.part.json", await partOf(small));
    const bad = write("bad.part.json", edited(await partOf(write("other.ndjson", `${population(130).slice(120).join("\n")}\n`)), edit));
    expectUsageError(await runCli(["merge", good, bad]), /^error: merge: .*bad\.part\.json was changed after portfolio --partial wrote it/);
  });

  it("a total set below zero", async () => {
    const text = await partOf(small);
    // Any integer in the sums made negative: "-5" where the first non-zero sum was.
    const bad = write("neg.part.json", text.replace(/"([1-9]\d*)"/, '"-5"'));
    expect(bad).not.toBe(text);
    expectUsageError(await runCli(["merge", bad]), /^error: merge: .*neg\.part\.json was changed after portfolio --partial wrote it/);
  });
});

describe("merge: parts of different runs name the setting that differs", () => {
  it.each([
    [["--seed", "2"], /--seed 2 vs 1/],
    [["--runs", "2"], /--runs 2 vs 1/],
    [["--economics", "takeUp=0.5"], /economics\.takeUp 0\.5 vs 0\.35/],
    [["--set", "zhimaScore=700"], /--set/],
  ])("%j", async (argv, differs) => {
    const a = write("run-a.part.json", await partOf(small));
    const b = write("run-b.part.json", await partOf(small, ...argv));
    const r = await runCli(["merge", a, b]);
    expectUsageError(r, /^error: merge: .*run-b\.part\.json and .*run-a\.part\.json are parts of different runs/);
    expect(r.stderr).toMatch(differs);
    expect(r.stderr).not.toMatch(/policies, economics, --seed, --runs/);
  });
});
