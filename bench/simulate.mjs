// simulate on a large NDJSON file versus a plain parse-and-stringify pass; peak memory 10k vs 1M lines.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { row } from "./measure.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}bench/.data`;
const bin = `${root}bin/suishendai.js`;

export function population(lines) {
  const file = `${data}/population-${lines}.ndjson`;
  if (!existsSync(file)) {
    mkdirSync(data, { recursive: true });
    // Straight into the file: a million lines would not fit a pipe buffer.
    const fd = openSync(`${file}.part`, "w");
    const r = spawnSync(process.execPath, [`${root}examples/generate-population.mjs`, String(lines), "7"], { stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    if (r.status !== 0) throw new Error(`generate-population.mjs ${lines} exited ${r.status}`);
    renameSync(`${file}.part`, file);
  }
  return file;
}

/** Wall time (ms) and peak RSS (MiB) of one run; output discarded or kept in `outFile`. */
export function measure(args, outFile) {
  const rssFile = `${data}/rss`;
  const t0 = process.hrtime.bigint();
  const out = outFile ? openSync(outFile, "w") : "ignore";
  const r = spawnSync(process.execPath, ["--import", `${root}bench/report-rss.mjs`, ...args], { stdio: ["ignore", out, "pipe"], env: { ...process.env, RSS_FILE: rssFile } });
  if (outFile) closeSync(out);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const rss = Number(readFileSync(rssFile, "utf8")) / 1024;
  rmSync(rssFile);
  return { ms, rss };
}

export function simulateRows(big = Number(process.env.BENCH_LINES ?? 200_000)) {
  const large = population(big);
  const plain = measure([`${root}bench/plain-ndjson.mjs`, large]);
  const sim = measure([bin, "simulate", large, "--jobs", "1"], `${data}/out-1.ndjson`);
  const two = measure([bin, "simulate", large, "--jobs", "2"], `${data}/out-2.ndjson`);
  // portfolio books the same population and runs each loan month by month (one run, one thread).
  const book = measure([bin, "portfolio", large, "--jobs", "1", "--format", "json"]);
  const same = readFileSync(`${data}/out-1.ndjson`).equals(readFileSync(`${data}/out-2.ndjson`));
  rmSync(`${data}/out-1.ndjson`);
  rmSync(`${data}/out-2.ndjson`);
  const rate = (ms) => Math.round((big / ms) * 1000);
  return [
    row(`simulate ${big} lines, one worker, profiles/s`, `${rate(sim.ms)}/s`, `plain parse+stringify: ${rate(plain.ms)}/s`, plain.ms / sim.ms, "≥ 0.5×"),
    row(`simulate --jobs 2 (${same ? "same bytes" : "BYTES DIFFER"})`, `${rate(two.ms)}/s`, `--jobs 1: ${rate(sim.ms)}/s`, sim.ms / two.ms, "≥ 1.7×"),
    row(`portfolio ${big} applicants, one worker, profiles/s`, `${rate(book.ms)}/s`, `simulate: ${rate(sim.ms)}/s`, sim.ms / book.ms, "report"),
  ];
}

/** Peak resident memory of simulate on 1M lines against 10k, both with the same --jobs. */
export function rssRow(huge = Number(process.env.BENCH_RSS_LINES ?? 1_000_000), jobs = process.env.BENCH_RSS_JOBS ?? "2") {
  const small = measure([bin, "simulate", population(10_000), "--jobs", jobs]);
  const large = measure([bin, "simulate", population(huge), "--jobs", jobs]);
  return row(`simulate peak RSS ${huge / 1000}k vs 10k lines, --jobs ${jobs}`, `${large.rss.toFixed(0)} MiB`, `10k: ${small.rss.toFixed(0)} MiB`, large.rss / small.rss, "≤ 1.2×");
}
