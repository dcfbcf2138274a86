import { Decimal, ZERO } from "../decimal.js";
import { LoanInputError } from "../loanInputError.js";
import { toFenRate, type FenRate, type Rate } from "../rates.js";
import type { AmortizationRow } from "../schedule.js";
import { decimalOfSafeFen, safeFenOf } from "./fenDecimal.js";

// Integer 分: the one path the engine computes schedules on. An amount is a
// bigint of 分, a rate a FenRate fraction, and every rounding is exact.

/** An amount in whole 分, or undefined when it has more than two decimals. */
export function toFen(amount: Decimal): bigint | undefined {
  const safe = safeFenOf(amount);
  if (safe !== undefined) return BigInt(safe);
  return amount.decimalPlaces() <= 2 ? BigInt(amount.times(100).toFixed(0)) : undefined;
}

/** An amount in whole 分, or a LoanInputError on `field`: nothing finer than a 分 is money. */
export function fenOf(amount: Decimal, field = "amount"): bigint {
  const fen = toFen(amount);
  if (fen === undefined) throw new LoanInputError(field, `${field} must be a whole number of 分 (at most 2 decimals)`);
  return fen;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** 分 back to a decimal amount, built from its digits (no division). */
export function fromFen(fen: bigint): Decimal {
  if (fen < SAFE && fen > -SAFE) return decimalOfSafeFen(Number(fen));
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, "0");
  return new Decimal(`${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}

/** round(x·num/den) half-up, for x ≥ 0: the exact product, rounded once. */
export function mulRound(x: bigint, r: FenRate): bigint {
  const n = x * r.num;
  return (2n * n + r.den) / (2n * r.den);
}

/** round(B·r) to the 分, half-up, exactly: the interest on a balance for one rate. */
export function interestOn(balance: Decimal, r: Rate): Decimal {
  return fromFen(mulRound(fenOf(balance), toFenRate(r)));
}

/** A schedule in integer 分: one entry per period in each column. */
export interface FenSchedule {
  readonly payment: bigint[];
  readonly principal: bigint[];
  readonly interest: bigint[];
  readonly balance: bigint[];
}


/**
 * The installment factor F = r(1+r)^n / ((1+r)^n − 1) as an exact fraction:
 * with r = a/b it is a(b+a)^n / (b((b+a)^n − b^n)). Not memoized: that saved
 * under 5 % of a batch of quotes (the callers that repeat memoize whole answers).
 */
function installmentFactor(r: FenRate, n: number): readonly [bigint, bigint] {
  const grown = (r.den + r.num) ** BigInt(n);
  return [r.num * grown, r.den * (grown - r.den ** BigInt(n))];
}

/** The 等额本息 installment A = round(P·F) in 分, exactly; round(P/n) at 0%. */
export function installmentFen(principal: bigint, r: FenRate, n: number): bigint {
  if (r.num === 0n) return (2n * principal + BigInt(n)) / (2n * BigInt(n));
  const [num, den] = installmentFactor(r, n);
  return (2n * principal * num + den) / (2n * den);
}

/**
 * Amortizes `principal` 分 over the periods of `rates`: interest = round(B·r_k)
 * exactly; the principal is `fixed` − interest (等额本息) or `fixed` itself
 * (等额本金), kept within [0, B]; the last period clears the balance.
 */
export function amortizeFen(kind: "installment" | "principal", principal: bigint, rates: readonly FenRate[], fixed: bigint): FenSchedule {
  const n = rates.length;
  const s: FenSchedule = { payment: [], principal: [], interest: [], balance: [] };
  let balance = principal;
  for (let k = 0; k < n; k++) {
    const interest = mulRound(balance, rates[k] as FenRate);
    let paid = k === n - 1 ? balance : kind === "installment" ? fixed - interest : fixed;
    if (paid > balance) paid = balance;
    if (paid < 0n) paid = 0n;
    balance -= paid;
    s.payment.push(paid + interest);
    s.principal.push(paid);
    s.interest.push(interest);
    s.balance.push(balance);
  }
  return s;
}

/** An integer 分 schedule as the engine's decimal rows. */
export function fenRowsToDecimal(s: FenSchedule): AmortizationRow[] {
  return s.payment.map((payment, k) => ({
    payment: fromFen(payment),
    principal: fromFen(s.principal[k] as bigint),
    interest: fromFen(s.interest[k] as bigint),
    fee: ZERO,
    balance: fromFen(s.balance[k] as bigint),
  }));
}
