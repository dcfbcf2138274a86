import { ZERO } from "../decimal.js";
import type { FenRate } from "../rates.js";
import type { AmortizationRow } from "../schedule.js";
import { amortizeFen, fenRowsToDecimal } from "./fen.js";
import { decimalOfSafeFen } from "./fenDecimal.js";

// The same amortization as amortizeFen, in plain Numbers when every product it
// forms is provably an exact integer below 2^53 (2·B·num + den with B ≤ the
// principal): no BigInt allocated per period. Beyond that, BigInt as before.

/** Below this every intermediate is an exact integer in a double (2^52 leaves a factor of 2 to spare). */
const LIMIT = 2 ** 52;

/** round(x·num/den) half-up for 0 ≤ x with 2·x·num + den below LIMIT: floor((2xn + d) / 2d), corrected to be exact. */
function mulRoundSafe(x: number, num: number, den: number): number {
  const top = 2 * x * num + den;
  const bottom = 2 * den;
  let q = Math.floor(top / bottom);
  const rest = top - q * bottom; // exact: both products are integers below LIMIT
  if (rest < 0) q--;
  else if (rest >= bottom) q++;
  return q;
}

/** Each rate as Numbers, or undefined when some product with `principal` could pass LIMIT. */
function safeRates(principal: number, rates: readonly FenRate[]): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let last: [FenRate, [number, number]] | undefined; // periods mostly share one rate
  for (const r of rates) {
    if (last?.[0] !== r) {
      const [num, den] = [Number(r.num), Number(r.den)];
      if (!(2 * principal * num + 2 * den < LIMIT)) return undefined;
      last = [r, [num, den]];
    }
    out.push(last[1]);
  }
  return out;
}

/**
 * amortizeFen's schedule as the engine's decimal rows: `principal` 分 over the
 * periods of `rates`, `fixed` the installment (等额本息) or principal share (等额本金).
 */
export function amortizedRows(kind: "installment" | "principal", principal: bigint, rates: readonly FenRate[], fixed: bigint): AmortizationRow[] {
  const [p, f] = [Number(principal), Number(fixed)];
  const numeric = p >= 0 && p < LIMIT && f < LIMIT && f > -LIMIT ? safeRates(p, rates) : undefined;
  if (!numeric) return fenRowsToDecimal(amortizeFen(kind, principal, rates, fixed));
  const rows: AmortizationRow[] = [];
  let balance = p;
  for (let k = 0; k < numeric.length; k++) {
    const [num, den] = numeric[k] as [number, number];
    const interest = mulRoundSafe(balance, num, den);
    let paid = k === numeric.length - 1 ? balance : kind === "installment" ? f - interest : f;
    if (paid > balance) paid = balance;
    if (paid < 0) paid = 0;
    balance -= paid;
    rows.push({ payment: decimalOfSafeFen(paid + interest), principal: decimalOfSafeFen(paid), interest: decimalOfSafeFen(interest), fee: ZERO, balance: decimalOfSafeFen(balance) });
  }
  return rows;
}
