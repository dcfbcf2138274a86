import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const dir = mkdtempSync(join(tmpdir(), "suishendai-lint-"));
const defaultPath = new URL("../../data/default-policy.json", import.meta.url);
const write = (name: string, edit: (p: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const p = JSON.parse(readFileSync(defaultPath, "utf8"));
  edit(p);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
};

describe("policy lint FILE", () => {
  it("prints errors and warnings on stderr, one a line, and exits 1 when there is an error", async () => {
    const file = write("bad.json", (p) => {
      p.bands[0].apr = 30; // error: above the 24% cap
      p.bands[3].apr = 10; // warning: below band C's 10.95
    });
    const r = await runCli(["policy", "lint", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`error: policy ${file}: bands[0].apr: 30 is above pricing.capApr 24 (it would be cut to the cap)\n`);
    expect(r.stderr).toContain(`warning: policy ${file}: bands[3].apr: 10 is below bands[2].apr 10.95: a riskier band is cheaper\n`);
    expect(r.stderr).toMatch(/: 1 error\(s\), 8 warning\(s\)\n$/); // the default's 6 missing-value warnings, band B now cheaper than A at 30, band D
  });

  it("a schema error (an unknown key) is an error of lint too; warnings alone exit 0", async () => {
    const typo = await runCli(["policy", "lint", write("typo.json", (p) => (p.cutoff.minScor = 1))]);
    expect([typo.code, typo.stderr.split("\n")[0]]).toEqual([1, `error: policy ${join(dir, "typo.json")}: cutoff: unknown key "minScor" (did you mean "minScore"?)`]);
    const ok = await runCli(["policy", "lint", defaultPath.pathname]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/: 0 error\(s\), 6 warning\(s\)\n$/);
  });

  it("loading the same policy with --policy is a usage error (exit 2) naming the path", async () => {
    const r = await runCli(["simulate", "examples/profiles/typical.json", "--policy", write("terms.json", (p) => (p.bands[0].terms = [3, 6, 9, 12, 24]))]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: policy ${join(dir, "terms.json")}: bands[0].terms: 24 is outside the product's 3–12 terms\n`);
  });
});

describe("policy diff A B", () => {
  it("every changed value by path, old → new; added and removed keys marked", async () => {
    const b = write("b.json", (p) => {
      p.bands[3].apr = 13.5;
      p.cutoff.minScore = 560;
      delete p.note;
    });
    const r = await runCli(["policy", "diff", defaultPath.pathname, b]);
    expect(r.code).toBe(1); // they differ, as diff(1) says it
    expect(r.stdout).toBe('- note: "Expert-set defaults for simulation, not fitted on data."\n  cutoff.minScore: 550 → 560\n  bands.D.apr: 12.775 → 13.5\n');
  });
});
