// Small timing helpers shared by the benchmarks.
import { spawnSync } from "node:child_process";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time in ms of a whole process, after one warm-up run. */
export function processMs(args, runs) {
  spawnSync(process.execPath, args, { stdio: "ignore" });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/**
 * Median wall times in ms of two whole processes, run in turns (a, b, a, b, …)
 * after a warm-up of each, so a burst of load on a shared machine hits both alike.
 */
export function processPairMs(a, b, runs) {
  const times = [[], []];
  for (let i = -1; i < runs; i++) {
    [a, b].forEach((args, k) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
      if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
      if (i >= 0) times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map(median);
}

/** Calls `fn` repeatedly for about `ms` milliseconds; returns calls per second. */
export function perSecond(fn, ms = 1500) {
  // Warm-up for the JIT by time, not by count: a larger function needs more calls before it is optimized.
  for (const until = performance.now() + ms / 3; performance.now() < until; ) for (let i = 0; i < 20; i++) fn();
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    elapsed = performance.now() - t0;
  }
  return (calls / elapsed) * 1000;
}

/** "≥ 0.5×" or "≤ 1.3×" against a ratio: "yes", "no", or "" for a row only reported. */
function met(ratio, goal) {
  const m = /^([≥≤]) ([\d.]+)×$/.exec(goal ?? "");
  if (!m) return "";
  return (m[1] === "≥" ? ratio >= Number(m[2]) : ratio <= Number(m[2])) ? "yes" : "no";
}

export function row(what, value, baseline, ratio, goal = "report") {
  // Small ratios keep two significant digits: 0.0054× is not 0.01×.
  const shown = ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2);
  return { what, value, baseline, ratio: shown + "×", goal, met: met(ratio, goal) };
}
