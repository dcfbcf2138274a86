// The library's quote() against loanjs (a popular npm loan library, binary floats) on the same loans.
import { createRequire } from "node:module";
import { quote } from "../dist/index.js";
import { perSecond, row } from "./measure.mjs";

const { Loan } = createRequire(import.meta.url)("loanjs");
const loans = Array.from({ length: 256 }, (_, i) => ({ amount: String(5000 + 173 * i), apr: `${7 + (i % 17)}.3` }));

/** quote(): a 12-period 等额本息 schedule with its due dates, fees and IRR-annualized rate. */
export function quoteRows() {
  let k = 0;
  const ours = perSecond(() => {
    const loan = loans[k++ & 255];
    return quote({ amount: loan.amount, apr: loan.apr, terms: 12, start: "2026-01-31" });
  });
  let j = 0;
  const peer = perSecond(() => {
    const loan = loans[j++ & 255];
    return new Loan(Number(loan.amount), 12, Number(loan.apr));
  });
  return [row("library quote() per second (12 periods, dates, IRR)", `${Math.round(ours)}/s`, `loanjs new Loan(…): ${Math.round(peer)}/s`, ours / peer, "≥ 0.05×")];
}
