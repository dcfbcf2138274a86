// portfolio on a book that builds over 12 origination months: its rate on 1M applicants, and its
// peak memory beside the same run on 100k (a book is sums, so memory should stay flat).
import { fileURLToPath } from "node:url";
import { row } from "./measure.mjs";
import { measure, population } from "./simulate.mjs";

const bin = fileURLToPath(new URL("../bin/suishendai.js", import.meta.url));

/** One run of `portfolio FILE --originate-months 12`, one thread, json to nowhere. */
const book = (lines) => measure([bin, "portfolio", population(lines), "--originate-months", "12", "--jobs", "1", "--format", "json", "-q"]);

export function portfolioMillionRow(huge = Number(process.env.BENCH_BOOK_LINES ?? 1_000_000), small = 100_000) {
  const base = book(small);
  const large = book(huge);
  const rate = Math.round((huge / large.ms) * 1000);
  return row(
    `portfolio ${huge / 1000}k applicants, --originate-months 12, one thread: rate, peak RSS vs ${small / 1000}k`,
    `${rate}/s (${(large.ms / 1000).toFixed(1)} s), ${large.rss.toFixed(0)} MiB`,
    `${small / 1000}k: ${Math.round((small / base.ms) * 1000)}/s, ${base.rss.toFixed(0)} MiB`,
    large.rss / base.rss,
    "≤ 1.2×",
  );
}
