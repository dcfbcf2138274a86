import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population, shuffled } from "./population.js";
import { withoutJobsNote } from "../cli/jobsNote.js";

// 100,000 applicants (the example population repeated with new ids), run once
// in this process as the reference; then the same run other ways through the
// built binary (npm run build first), which must give the same bytes.
const write = tempWriter("suishendai-100k-");
const lines = population(100_000);
const input = write("pop.ndjson", `${lines.join("\n")}\n`);
const outcomesFile = write("outcomes.ndjson", "");
const dir = dirname(input);
let reference = "";

// Without cures (a cured loan loses nothing, which the closed form below leaves out); every run here alike.
const NO_CURES = ["--economics", "cureRate=0"];
// The default policy's LGD and economics (docs/policy.md): the model the loss is checked against.
const LGD = 0.9;
const PREPAY = 0.02;

interface Outcome {
  amount: string;
  terms: number;
  apr: string;
  pd: string;
  worldPd: string;
  loss: string;
}

/**
 * A loan's expected loss and its variance, from the published model, not the
 * engine's code: an equal-installment schedule (interest rounded to the fen
 * each month), default in month k with probability [(1−h)(1−p)]^(k−1)·h,
 * h = 1 − (1 − PD)^(1/12), losing LGD × the balance before installment k.
 */
function lossMoments(o: Outcome, pd: string): { mean: number; variance: number } {
  const P = Number(o.amount);
  const r = Number(o.apr) / 1200;
  const n = o.terms;
  const installment = Math.round(((P * r) / (1 - (1 + r) ** -n)) * 100) / 100;
  const h = 1 - (1 - Number(pd)) ** (1 / 12);
  let balance = P;
  let alive = 1;
  let mean = 0;
  let square = 0;
  for (let k = 1; k <= n; k++) {
    const q = alive * h;
    const loss = LGD * balance;
    mean += q * loss;
    square += q * loss * loss;
    balance -= installment - Math.round(balance * r * 100) / 100;
    alive *= (1 - h) * (1 - PREPAY);
  }
  return { mean, variance: square - mean * mean };
}

beforeAll(async () => {
    // A window past every loan's end: every loan has a line, labelled by whether it ever defaulted.
  const r = await runCli(["portfolio", input, ...NO_CURES, "--format", "json", "--jobs", "1", "--outcomes", outcomesFile, "--window", "60"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  reference = r.stdout;
}, 120_000);

describe("portfolio on 100,000 applicants", () => {
  it("simulates a loss within 3 standard errors of the world's expected loss; the expected loss shown is the policy's", () => {
    const outcomes = readFileSync(outcomesFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Outcome);
    let mean = 0;
    let variance = 0;
    let simulated = 0;
    let believed = 0;
    for (const o of outcomes) {
      // Defaults come from the world's PD; the policy's PD only prices and reports its belief.
      const m = lossMoments(o, o.worldPd);
      mean += m.mean;
      variance += m.variance;
      believed += lossMoments(o, o.pd).mean;
      simulated += Number(o.loss);
    }
    const totals = JSON.parse(reference).books[0].totals;
    expect(outcomes.length).toBe(totals.booked);
    expect(outcomes.length).toBeGreaterThan(5000);
    // The outcome lines add up to the totals; the engine's expected loss is the model's (each loan rounded to the fen).
    expect(simulated.toFixed(2)).toBe(totals.simulatedLoss);
    expect(Math.abs(Number(totals.expectedLoss) - believed)).toBeLessThan(0.01 * outcomes.length);
    expect(Math.abs(simulated - mean)).toBeLessThan(3 * Math.sqrt(variance));
  });

  it("loses nothing when no one can default (--economics pdMultiplier=0: PD × 0)", async () => {
    const r = await runCli(["portfolio", input, "--format", "json", "--economics", "pdMultiplier=0"]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).books[0].totals;
    expect([t.defaults, t.expectedLoss, t.simulatedLoss, t.chargeOffs, t.peakNpl]).toEqual([0, "0.00", "0.00", "0.00", "0.0000"]);
    expect(t.booked).toBeGreaterThan(5000);
  }, 120_000);

  it("gives the same bytes with --jobs 2 on the input in another order", () => {
    const other = write("shuffled.ndjson", `${shuffled(lines, 7).join("\n")}\n`);
    const r = spawnSync(process.execPath, [BIN, "portfolio", other, ...NO_CURES, "--format", "json", "--jobs", "2"], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(withoutJobsNote(r.stderr)).toBe("");
    expect(r.stdout).toBe(reference);
  }, 120_000);

  const parallel = spawnSync("sh", ["-c", "command -v parallel"]).status === 0;
  it(`gives the same bytes from 3 shards run side by side (${parallel ? "GNU parallel" : "xargs -P 3: GNU parallel is not installed"}) and merged`, () => {
    // docs/portfolio.md's recipe: each part says which shard of 3 it is ({#}: GNU parallel's job number, from 1).
    const run = (file: string, index: string) => `"${process.execPath}" "${BIN}" portfolio ${file} ${NO_CURES.join(" ")} --partial --shard ${index}/3 > ${file}.part.json`;
    // The shard names are listed before any part file exists (no glob racing the parts being written).
    const side = parallel
      ? `parallel --will-cite -j 3 '${run("{}", "{#}")}' ::: shard.00 shard.01 shard.02`
      : `printf '%s %s\\n' shard.00 1 shard.01 2 shard.02 3 | xargs -P 3 -n 2 sh -c '${run('"$0"', '"$1"')}'`;
    execFileSync("sh", ["-c", `split -n l/3 -d pop.ndjson shard. && ${side}`], { cwd: dir });
    const parts = ["shard.00", "shard.01", "shard.02"].map((s) => join(dir, `${s}.part.json`));
    const merged = spawnSync(process.execPath, [BIN, "merge", ...parts, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toBe(reference);
    // 2 of the 3 parts: before --shard, a third of the book was silently missing (exit 0).
    const two = spawnSync(process.execPath, [BIN, "merge", parts[0] as string, parts[2] as string], { encoding: "utf8" });
    expect([two.status, two.stdout, two.stderr]).toEqual([2, "", "error: merge: shard 2/3 is missing (2 of 3 parts given); give every shard's part\n"]);
  }, 120_000);
});
