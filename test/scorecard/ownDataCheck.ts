import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";

// The generated own data set, fitted and applied end to end through the CLI;
// ownData.test.ts runs it on 4,000 records, ownDataLarge.test.ts (test:slow) on 50,000.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** AUC written out here (not the project's): P(a good scores above a bad), a tie ½, by sorting and average ranks. */
export function auc(scores: readonly number[], bad: readonly boolean[]): number {
  const order = scores.map((s, i) => ({ s, bad: bad[i] as boolean })).sort((a, b) => a.s - b.s);
  let goodRanks = 0;
  let goods = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]?.s === order[i]?.s) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (!order[k]?.bad) (goodRanks += rank, goods++);
    i = j;
  }
  const bads = order.length - goods;
  return (goodRanks - (goods * (goods + 1)) / 2) / (goods * bads);
}

/** A CSV this test's files hold (no quoting): rows as objects by the header. */
export function csvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.replace(/\r\n/g, "\n").trimEnd().split("\n");
  const names = (head as string).split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [names[i] as string, cell])));
}

/** Generates `count` records, fits them, and checks the fit against the truth and simulate against --scores. */
export async function checkOwnData(count: number, seed: number, tolerance: number): Promise<{ fitted: number; truth: number; policyFile: string; report: { fields: unknown } }> {
  const write = tempWriter("suishendai-own-data-");
  const truthFile = write("truth.csv", "");
  const generated = spawnSync(process.execPath, ["examples/generate-own.mjs", "--count", String(count), "--seed", String(seed), "--truth", truthFile], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  expect(generated.status).toBe(0);
  const data = write("data.csv", generated.stdout);
  const [policyFile, scoresFile] = [write("p.json", ""), write("s.csv", "")];
  const fit = await runCli(["fit", data, "--target", "bad", "--bad", "yes", "--out", policyFile, "--scores", scoresFile, "--format", "json"]);
  expect([fit.code, fit.stderr]).toEqual([0, ""]);
  const report = JSON.parse(fit.stdout);
  expect(report.records).toEqual({ used: count, invalid: 0 });

  // The holdout as --scores marks it; the truth's PD of the same records, by id.
  const scores = csvRows(readFileSync(scoresFile, "utf8"));
  const truePd = new Map(csvRows(readFileSync(truthFile, "utf8")).map((r) => [r.id, Number(r.pd)]));
  const holdout = scores.filter((r) => r.set === "holdout");
  const isBad = holdout.map((r) => r.target === "1");
  const fitted = auc(holdout.map((r) => Number(r.score)), isBad);
  const truth = auc(holdout.map((r) => -(truePd.get(r.id as string) as number)), isBad);
  expect(fitted).toBeCloseTo(report.metrics.holdout.auc, 4);
  expect(Math.abs(fitted - truth)).toBeLessThan(tolerance);

  // simulate under the fitted policy: per id, the same score and PD (--explain: to 10 places) as fit --scores.
  const simulated = await runCli(["simulate", "--policy", policyFile, data, "--format", "json", "--explain"]);
  const offers = simulated.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; score: number; pdExact?: string; pd: string });
  expect(offers).toHaveLength(count);
  const byId = new Map(offers.map((o) => [o.id, o]));
  for (const r of scores) {
    const offer = byId.get(r.id as string);
    expect([r.id, offer?.score, offer?.pdExact]).toEqual([r.id, Number(r.score), r.pd]);
  }
  return { fitted, truth, policyFile, report };
}
