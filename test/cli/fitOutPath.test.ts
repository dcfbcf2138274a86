import { linkSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// --out may never replace a file the command reads, however it is named,
// and a place fit cannot write to is found before the fit, not after.

const write = tempWriter("suishendai-fit-out-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const text = ndjson(labelledProfiles(400, 3));
const input = write("in.ndjson", text);
const dir = dirname(input);
const policy = write("base.json", readFileSync("data/default-policy.json", "utf8"));
const outcomes = write("outcomes.ndjson", ndjson((labelledProfiles(400, 3) as { id: unknown; defaulted: number }[]).map((p) => ({ id: p.id, defaulted: p.defaulted }))));

symlinkSync(input, join(dir, "link.ndjson"));
linkSync(input, join(dir, "hard.ndjson"));
symlinkSync(dir, join(dir, "samedir"));
symlinkSync(policy, join(dir, "policy-link.json"));
symlinkSync(outcomes, join(dir, "outcomes-link.ndjson"));

describe("fit --out never overwrites a file it reads", () => {
  const cases: [string, string[], string][] = [
    ["a symlink to the input", [input, "--out", join(dir, "link.ndjson")], "input"],
    ["a hard link to the input", [input, "--out", join(dir, "hard.ndjson")], "input"],
    ["the input through a symlinked directory", [input, "--out", join(dir, "samedir", "in.ndjson")], "input"],
    ["the input named through ..", [input, "--out", `${dir}/samedir/../${dir.split("/").at(-1) as string}/in.ndjson`], "input"],
    ["a symlink to --policy", [input, "--policy", policy, "--out", join(dir, "policy-link.json")], "--policy"],
    ["a symlink to --outcomes", [input, "--outcomes", join(dir, "outcomes-link.ndjson"), "--out", outcomes], "--outcomes"],
  ];
  it.each(cases)("%s: exit 2, one line, nothing replaced", async (_name, argv, option) => {
    const r = await runCli(["fit", ...argv]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(new RegExp(`^error: --out .*: is the ${option} file; write the fitted policy to another file\\n$`));
    expect(readFileSync(input, "utf8")).toBe(text);
  });
});

describe("fit --out is checked before the fit", () => {
  it('--out "" is a usage error: exit 2, one line', async () => {
    const r = await runCli(["fit", input, "--out", ""]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --out: give a file name to write the fitted policy to, e.g. --out fitted.json\n"]);
  });

  it("--out - is refused: the JSON report already holds the policy", async () => {
    const r = await runCli(["fit", input, "--out", "-"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("error: --out -: give a file name (for the policy on stdout use --format json: the report holds it under \"policy\")\n");
  });

  it("a missing directory: one clean line, exit 1 (an I/O fault), no report", async () => {
    const r = await runCli(["fit", input, "--out", "/nonexistent/d/f.json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", "error: --out: cannot write /nonexistent/d/f.json: no such directory\n"]);
  });

  it("a directory as --out: one clean line, exit 1, no report", async () => {
    mkdirSync(join(dir, "adir"));
    const r = await runCli(["fit", input, "--out", join(dir, "adir")]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", `error: --out: cannot write ${join(dir, "adir")}: it is a directory\n`]);
  });

  it("a new file in an existing directory is written", async () => {
    const out = join(dir, "new-fitted.json");
    const r = await runCli(["fit", input, "--out", out, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(r.stdout).policy);
  });
});
