import { Decimal, ONE, ZERO, type DecimalInput } from "./decimal.js";
import { floatNewton } from "./irrFloat.js";

/** Thrown when a cash-flow series has no internal rate of return (never NaN). */
export class IrrError extends Error {
  override readonly name = "IrrError";
}

const TOLERANCE = new Decimal("1e-24");
const NEWTON_STEPS = 60;
const BISECTION_STEPS = 400;
/** Just above −100% per period: below it the discount factor is undefined. */
const LOWEST = new Decimal("-0.999999999");
const HIGHEST = new Decimal(1e6);

/** Net present value of flows at t = 0,1,2,… and its derivative in the rate. */
function npvAndSlope(flows: readonly Decimal[], rate: Decimal): [Decimal, Decimal] {
  const v = ONE.div(rate.plus(ONE));
  let discount = ONE;
  let npv = ZERO;
  let slope = ZERO;
  flows.forEach((flow, t) => {
    npv = npv.plus(flow.times(discount));
    // d/di of flow·v^t is −t·flow·v^(t+1)
    discount = discount.times(v);
    if (t > 0) slope = slope.minus(flow.times(t).times(discount));
  });
  return [npv, slope];
}

/** The NPV of some flows at a rate, and its slope. */
type Npv = (rate: Decimal) => [Decimal, Decimal];

/** NPV and slope of flows at fractional times t (months): Σ a·v^t and Σ −t·a·v^(t+1). */
function npvAtTimes(flows: readonly Decimal[], times: readonly Decimal[]): Npv {
  return (rate) => {
    const v = ONE.div(rate.plus(ONE));
    let npv = ZERO;
    let slope = ZERO;
    flows.forEach((flow, k) => {
      const t = times[k] as Decimal;
      const discount = v.pow(t);
      npv = npv.plus(flow.times(discount));
      slope = slope.minus(flow.times(t).times(discount).times(v));
    });
    return [npv, slope];
  };
}

function newton(npvOf: Npv, guess: Decimal): Decimal | undefined {
  let rate = guess;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const [npv, slope] = npvOf(rate);
    if (slope.isZero()) return undefined;
    const next = rate.minus(npv.div(slope));
    if (!next.isFinite() || next.lte(LOWEST)) return undefined;
    if (next.minus(rate).abs().lt(TOLERANCE)) return next;
    rate = next;
  }
  return undefined;
}

function bisection(npvOf: Npv): Decimal {
  let lo = LOWEST;
  const fLo = npvOf(lo)[0];
  let hi = new Decimal(1);
  while (npvOf(hi)[0].s === fLo.s && hi.lt(HIGHEST)) hi = hi.times(4);
  if (npvOf(hi)[0].s === fLo.s) {
    throw new IrrError("the cash flows have no internal rate of return (their value never changes sign)");
  }
  for (let step = 0; step < BISECTION_STEPS && hi.minus(lo).gt(TOLERANCE); step++) {
    const mid = lo.plus(hi).div(2);
    if (npvOf(mid)[0].s === fLo.s) lo = mid;
    else hi = mid;
  }
  return lo.plus(hi).div(2);
}

/**
 * A first root in binary floating point (the float solver's own Newton): cheap,
 * and within a few ulps of the exact root whenever Newton converges. It is only
 * a starting point — the decimal Newton that follows confirms and polishes it
 * to 1e-24, so the answer never rests on float arithmetic.
 */
function floatGuess(flows: readonly Decimal[], guess: number, times?: readonly Decimal[]): number {
  const at = times ? Float64Array.from(times, (t) => t.toNumber()) : undefined;
  return floatNewton(Float64Array.from(flows, (x) => x.toNumber()), at, guess) ?? guess;
}

/**
 * The per-period internal rate of return of `flows` (flows[t] at the end of
 * period t, or at `times[t]` periods, fractions allowed; flows[0] is usually
 * the negative amount lent). Newton from `guess`,
 * falling back to bisection on a bracket, so it always terminates; throws
 * IrrError when the flows do not change sign or no root can be bracketed.
 */
export function periodicIrr(flowsIn: readonly DecimalInput[], guess: DecimalInput = "0.01", timesIn?: readonly DecimalInput[]): Decimal {
  const flows = flowsIn.map((f) => new Decimal(f));
  // At whole periods 0,1,2,… the discount is built by multiplication; other times need powers.
  const times = timesIn?.every((t, k) => new Decimal(t).eq(k)) === false ? timesIn.map((t) => new Decimal(t)) : undefined;
  const hasPositive = flows.some((f) => f.gt(0));
  const hasNegative = flows.some((f) => f.lt(0));
  if (!hasPositive || !hasNegative) {
    throw new IrrError("the cash flows need both money lent and money repaid to have a rate of return");
  }
  const start = floatGuess(flows, new Decimal(guess).toNumber(), times);
  const npvOf: Npv = times ? npvAtTimes(flows, times) : (rate) => npvAndSlope(flows, rate);
  return newton(npvOf, new Decimal(start)) ?? bisection(npvOf);
}

/** Annualized rates (as fractions) of a monthly periodic rate, per PBoC 2021 No.3. */
export interface AnnualizedRates {
  /** 12·i, the 单利 figure the regulation asks lenders to show. */
  readonly simple: Decimal;
  /** (1+i)^12 − 1, the 复利 figure. */
  readonly compound: Decimal;
}

/** 12·i and (1+i)^12 − 1 for a monthly rate i (fractions, not percent). */
export function annualizeMonthly(monthly: DecimalInput): AnnualizedRates {
  const i = new Decimal(monthly);
  return { simple: i.times(12), compound: i.plus(ONE).pow(12).minus(ONE) };
}
