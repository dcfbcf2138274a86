import { Decimal } from "./decimal.js";
import { decimalOfScaled } from "./money/fenDecimal.js";

// The IRR in binary floating point, trusted only where it cannot change what is
// shown: every annualized rate is disclosed half-up to 2 or 4 decimals of a
// percent, so a float root whose whole error interval stays between two such
// rounding boundaries rounds exactly as the exact decimal root does. Anywhere
// near a boundary (or when Newton does not converge) the caller solves exactly.

/** Half a unit of the 4th decimal of a percent: every 2- and 4-decimal half-up boundary is a multiple of it. */
const BOUNDARY = 0.00005;
/** The root is bracketed within ±this per period (relative to 1 + |rate|)… */
const BRACKET = 1e-12;
/** …and the annualized figures widened by this (percent) for the float error of computing them. */
const SLACK = 1e-9;

/** Σ flow·v^t at whole periods (or at `times`), in floats. */
function npv(flows: Float64Array, times: Float64Array | undefined, rate: number): number {
  const v = 1 / (1 + rate);
  let sum = 0;
  let discount = 1;
  for (let t = 0; t < flows.length; t++) {
    sum += (flows[t] as number) * (times ? v ** (times[t] as number) : discount);
    discount *= v;
  }
  return sum;
}

/** Newton on Σ flow·v^t in floats from `guess`; undefined when it leaves (−1, ∞) or does not settle in 50 steps. */
export function floatNewton(flows: Float64Array, times: Float64Array | undefined, guess: number): number | undefined {
  let rate = guess;
  for (let step = 0; step < 50; step++) {
    const v = 1 / (1 + rate);
    let value = 0;
    let slope = 0;
    let discount = 1;
    for (let t = 0; t < flows.length; t++) {
      const at = times ? (times[t] as number) : t;
      const d = times ? v ** at : discount;
      value += (flows[t] as number) * d;
      slope -= at * (flows[t] as number) * d * v; // d/di of flow·v^t
      discount *= v;
    }
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -0.999999999) return undefined;
    if (Math.abs(next - rate) <= 1e-15 * (1 + Math.abs(rate))) return next;
    rate = next;
  }
  return undefined;
}

/** True when [lo, hi] (percent) holds a rounding boundary of the 2nd or 4th decimal. */
function straddles(lo: number, hi: number): boolean {
  return Math.floor((lo - SLACK) / BOUNDARY) !== Math.floor((hi + SLACK) / BOUNDARY);
}

/**
 * 12·i and (1+i)^12 − 1 in percent for the periodic IRR i of `flows` (at whole
 * periods, or at `times`), when floats settle both to the 4th decimal; undefined
 * when the exact solver must decide. The root must be bracketed: the NPV changes
 * sign across [i − δ, i + δ].
 */
export function annualizedInFloats(flows: Float64Array, times: Float64Array | undefined, guess: number): { simple: Decimal; compound: Decimal } | undefined {
  const i = floatNewton(flows, times, guess);
  if (i === undefined) return undefined;
  const delta = BRACKET * (1 + Math.abs(i));
  const [lo, hi] = [i - delta, i + delta];
  const [atLo, atHi] = [npv(flows, times, lo), npv(flows, times, hi)];
  if (!(atLo > 0 && atHi < 0) && !(atLo < 0 && atHi > 0)) return undefined;
  const compound = (r: number) => ((1 + r) ** 12 - 1) * 100;
  if (straddles(lo * 1200, hi * 1200) || straddles(compound(lo), compound(hi))) return undefined;
  return { simple: tenPlaces(i * 1200), compound: tenPlaces(compound(i)) };
}

/** A percent figure to 10 decimals: well inside SLACK, so it rounds to 2 or 4 as the exact root does. */
function tenPlaces(percent: number): Decimal {
  const scaled = Math.round(percent * 1e10);
  return Number.isSafeInteger(scaled) ? decimalOfScaled(scaled, 10) : new Decimal(percent);
}
