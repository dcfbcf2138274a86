// npm run bench: each figure as a ratio against a baseline measured in the same run.
import { fileURLToPath } from "node:url";
import { amortizeFen, installmentFen, monthlyRateOf, toFenRate } from "../dist/index.js";
import { perSecond, processPairMs, row } from "./measure.mjs";
import { portfolioMillionRow } from "./portfolio.mjs";
import { quoteRows } from "./quote.mjs";
import { rssRow, simulateRows } from "./simulate.mjs";

const bin = fileURLToPath(new URL("../bin/suishendai.js", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 15);
const rows = [];

// BENCH_ONLY=portfolio-1m: only the 1M-applicant book (f), without the other rows.
if (process.env.BENCH_ONLY === "portfolio-1m") {
  console.table([portfolioMillionRow()]);
  process.exit(0);
}

// (a) Start-up: quote as a whole process versus bare node.
const [bare, quoteMs] = processPairMs(["-e", "0"], [bin, "quote", "10000", "--apr", "12", "--terms", "12"], runs);
rows.push(row(`quote wall time (median of ${runs})`, `${quoteMs.toFixed(1)} ms`, `node -e 0: ${bare.toFixed(1)} ms`, quoteMs / bare, "≤ 1.3×"));

// (b) Exact 12-period schedules per second versus a plain-float loop on the same loans.
const loans = Array.from({ length: 256 }, (_, i) => ({ amount: String(5000 + 173 * i), apr: `${7 + (i % 17)}.3` }));
// The exact path: integer 分 with the rate as an exact fraction (APR/1200).
const exactLoans = loans.map((l) => ({ fen: BigInt(l.amount) * 100n, rates: Array(12).fill(toFenRate(monthlyRateOf(l.apr))) }));
let k = 0;
const exact = perSecond(() => {
  const loan = exactLoans[k++ & 255];
  return amortizeFen("installment", loan.fen, loan.rates, installmentFen(loan.fen, loan.rates[0], 12));
});
let j = 0;
const floatLoop = perSecond(() => {
  const loan = loans[j++ & 255];
  const p = Number(loan.amount), r = Number(loan.apr) / 1200, n = 12;
  const g = (1 + r) ** n;
  const a = Math.round(((p * r * g) / (g - 1)) * 100) / 100;
  let b = p;
  const out = [];
  for (let t = 1; t <= n; t++) {
    const interest = Math.round(b * r * 100) / 100;
    const principal = t < n ? a - interest : b;
    b -= principal;
    out.push([principal + interest, principal, interest, b]);
  }
  return out;
});
rows.push(row("exact 12-period schedules/s", `${Math.round(exact)}/s`, `float loop: ${Math.round(floatLoop)}/s`, exact / floatLoop, "≥ 0.1×"));

// (c) The library's quote() against loanjs, the peer.
rows.push(...quoteRows());

// (d) simulate throughput and scaling, then peak memory on a million lines.
rows.push(...simulateRows());
rows.push(rssRow());

// (e) portfolio on the same 200k applicants against simulate on them: one of simulateRows(), reported without a goal.

// (f) portfolio on 1M applicants over 12 origination months: its rate, and its peak memory against 100k.
rows.push(portfolioMillionRow());

console.table(rows);
