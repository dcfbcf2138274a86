import * as formulajs from "@formulajs/formulajs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const { PMT } = formulajs as unknown as { PMT(rate: number, nper: number, pv: number): number };
// The repo's bin, not one a developer happens to have installed.
const env = { ...process.env, SUISHENDAI: `node ${root}bin/suishendai.js` };
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: root, encoding: "utf8", env, maxBuffer: 1 << 26 });
// The shell recipes use jq. CI installs it (.ci/run); a machine without it skips those two, saying so.
const hasJq = spawnSync("jq", ["--version"]).status === 0;
if (!hasJq) console.warn("examples: jq is not installed, so the two jq recipes are skipped (apt-get install jq)");

describe("examples/ recipes still run", () => {
  it.skipIf(!hasJq)("compare-terms.sh: terms 3–12, each installment Excel's PMT rounded", () => {
    const r = run("examples/compare-terms.sh", ["10000", "12"]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").slice(1).map((l) => l.split("\t"));
    expect(rows.map((row) => Number(row[0]))).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [n, payment, , irr] of rows) {
      expect(payment).toBe((Math.round(PMT(0.01, Number(n), -10000) * 100) / 100).toFixed(2));
      expect(Math.abs(Number(irr) - 12)).toBeLessThan(0.01);
    }
  });

  it.skipIf(!hasJq)("batch-simulate.sh: jq's tally agrees with simulate --summary", () => {
    // the example population's first 500 profiles: the same tally, a sixth of the work
    const population = join(mkdtempSync(join(tmpdir(), "suishendai-examples-")), "population.ndjson");
    writeFileSync(population, `${readFileSync(join(root, "examples/profiles/population.ndjson"), "utf8").split("\n").slice(0, 500).join("\n")}\n`);
    const r = run("examples/batch-simulate.sh", [population]);
    expect(r.status).toBe(0);
    const tally = JSON.parse(r.stdout);
    expect(tally.records).toBe(500);
    const summary = JSON.parse(run("node", ["bin/suishendai.js", "simulate", population, "--summary", "--summary-format", "json", "--start", "2026-01-15"]).stderr);
    expect(tally.records).toBe(summary.records);
    expect(tally.decisions).toEqual(summary.byDecision);
    expect(tally.approvals.meanLimit.toFixed(2)).toBe(summary.limit.mean);
  });

  it("policies/own-fields.json: simulate scores profiles/own-fields.ndjson with its declared fields, no warning", () => {
    const r = run("node", ["bin/suishendai.js", "simulate", "examples/profiles/own-fields.ndjson", "--policy", "examples/policies/own-fields.json", "--format", "json"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    // test/cli/simulateOwnFields.test.ts works each score out by hand
    expect(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { score: number | null }).score)).toEqual([630, 614, 598, null, 612]);
  });

  it("library.mjs: the API gives the published figures", () => {
    const r = run("node", ["examples/library.mjs"]);
    expect(r.stdout).toBe(
      // 888.49 / 661.86: the bank-calculator figures; 6,798.42 and 309.48 from the
      // published schedule (balance after 4; interest of periods 5–12); the offer is the spec's.
      "installment 888.49, interest 661.86, IRR 12.00%\npay off after 4: 6798.42, saving 309.48\noffer: approved, band D, APR 12.775%, limit 19000.00\n",
    );
  });
});
