import { Decimal } from "../engine/decimal.js";
import { floorToStep } from "../engine/simulate/limit.js";
import { PROFILE_FIELDS } from "../engine/simulate/profileFields.js";
import { sortedBins, type Finding } from "./policyChecks.js";
import type { PolicyJson } from "./schemas.js";

/** Whether a rule field can be absent from a valid profile (dsr needs the optional debt), under the policy's declarations. */
function canBeMissing(p: PolicyJson, field: string): boolean {
  if (field === "dsr") return true;
  const declared = p.fields?.find((f) => f.name === field);
  if (declared) return (declared.missing ?? true) && !(p.requiredFields ?? []).includes(field);
  const spec = (PROFILE_FIELDS as Readonly<Record<string, { required: boolean }>>)[field];
  return spec !== undefined && !(p.requiredFields ? p.requiredFields.includes(field) : spec.required);
}

function scorecardWarnings(p: PolicyJson, out: Finding[]): void {
  const firstOn = new Map<string, number>();
  for (const [i, c] of p.scorecard.characteristics.entries()) {
    // Two characteristics on one field score the same fact twice.
    const first = firstOn.get(c.field);
    if (first === undefined) firstOn.set(c.field, i);
    else out.push({ path: `scorecard.characteristics[${i}].field`, message: `${c.field} is also scored by scorecard.characteristics[${first}].field: it counts twice in the score` });
    const worst = c.bins.reduce((m, b) => Math.min(m, b.points), Infinity);
    if (canBeMissing(p, c.field) && c.missing > worst) {
      out.push({ path: `scorecard.characteristics[${i}].missing`, message: `${c.missing} scores above the worst bin (${worst}): leaving ${c.field} out beats its worst value` });
    }
    const sorted = sortedBins(c.bins);
    for (let k = 1; k < sorted.length; k++) {
      const [prev, next] = [sorted[k - 1], sorted[k]];
      if (prev?.bin.max !== undefined && next?.bin.min !== undefined && next.bin.min > prev.bin.max) {
        out.push({ path: `scorecard.characteristics[${i}].bins[${next.at}]`, message: `gap from ${prev.bin.max} to ${next.bin.min}: values there score as the nearest bin` });
      }
    }
  }
}

/** The lowest and highest score the scorecard can give. */
export function scoreRange(p: PolicyJson): { min: number; max: number } {
  let [min, max] = [p.scorecard.base, p.scorecard.base];
  for (const c of p.scorecard.characteristics) {
    const points = [...c.bins.map((b) => b.points), ...(canBeMissing(p, c.field) ? [c.missing] : []), ...(c.other === undefined ? [] : [c.other])];
    min += points.reduce((m, x) => Math.min(m, x), Infinity);
    max += points.reduce((m, x) => Math.max(m, x), -Infinity);
  }
  return { min, max };
}

/** The most a band can lend: its maxLimit rounded down to the limit step (as the engine rounds every limit). */
function bandCeiling(p: PolicyJson, maxLimit: number): Decimal {
  return floorToStep(new Decimal(String(maxLimit)), new Decimal(String(p.limit.step)));
}

function bandWarnings(p: PolicyJson, out: Finding[]): void {
  const { max } = scoreRange(p);
  const cutoff = p.cutoff.minScore;
  if (cutoff > max) out.push({ path: "cutoff.minScore", message: `no applicant can reach cutoff.minScore ${cutoff} (the highest possible score is ${max})` });
  for (const [i, b] of p.bands.entries()) {
    const ceiling = i === 0 ? Infinity : (p.bands[i - 1]?.minScore ?? Infinity);
    if (ceiling <= cutoff) out.push({ path: `bands[${i}]`, message: `unreachable: its scores (below ${ceiling}) are all under cutoff.minScore ${cutoff}` });
    else if (b.minScore > max) out.push({ path: `bands[${i}]`, message: `unreachable: minScore ${b.minScore} is above the highest possible score ${max}` });
    else if (cutoff > max) out.push({ path: `bands[${i}]`, message: `unreachable: cutoff.minScore ${cutoff} is above the highest possible score ${max}` });
    // Every limit is at most the band's (rounded): under the minimum it is always declined.
    const most = bandCeiling(p, b.maxLimit);
    if (most.lt(String(p.limit.minimum))) {
      const rounded = most.eq(String(b.maxLimit)) ? "" : ` rounds down to ${most.toString()} (limit.step ${p.limit.step}),`;
      out.push({ path: `bands[${i}].maxLimit`, message: `${b.maxLimit}${rounded || " is"} below limit.minimum ${p.limit.minimum}: band ${b.band} can never approve anyone` });
    }
    const better = p.bands[i - 1];
    if (better && b.apr < better.apr) out.push({ path: `bands[${i}].apr`, message: `${b.apr} is below bands[${i - 1}].apr ${better.apr}: a riskier band is cheaper` });
    if (better && b.maxLimit > better.maxLimit) out.push({ path: `bands[${i}].maxLimit`, message: `${b.maxLimit} is above bands[${i - 1}].maxLimit ${better.maxLimit}: a riskier band may borrow more` });
  }
}

/**
 * Scores at or above the cut-off under the lowest band's minimum, those the
 * scorecard can give (scores are whole points): each is declined with
 * cutoff.noBand's code. Bands themselves leave no gap: each runs up to the
 * minimum of the band above it.
 */
function noBandWarning(p: PolicyJson, out: Finding[]): void {
  const lowest = p.bands.reduce((at, b, i) => (b.minScore < (p.bands[at]?.minScore ?? Infinity) ? i : at), 0);
  const band = p.bands[lowest];
  if (!band) return;
  const { min, max } = scoreRange(p);
  const [from, to] = [Math.max(Math.ceil(p.cutoff.minScore), min), Math.min(Math.ceil(band.minScore) - 1, max)];
  if (from > to) return;
  const scores = from === to ? `score ${from}` : `scores ${from}–${to}`;
  out.push({ path: `bands[${lowest}].minScore`, message: `${band.minScore} is above cutoff.minScore ${p.cutoff.minScore}: ${scores} pass the cut-off but reach no band (declined ${p.cutoff.noBand.code})` });
}

/** Choices that are legal but suspicious: `policy lint` reports them, loading does not refuse them. */
export function policyWarnings(p: PolicyJson): Finding[] {
  const out: Finding[] = [];
  scorecardWarnings(p, out);
  bandWarnings(p, out);
  noBandWarning(p, out);
  return out;
}
