import { PROFILE_FIELDS } from "../engine/simulate/profileFields.js";
import { sortedBins, type Finding } from "./policyChecks.js";
import type { PolicyJson } from "./schemas.js";

/** Whether a rule field can be absent from a valid profile (dsr needs the optional debt). */
function canBeMissing(field: string): boolean {
  if (field === "dsr") return true;
  const spec = (PROFILE_FIELDS as Readonly<Record<string, { required: boolean }>>)[field];
  return spec !== undefined && !spec.required;
}

function scorecardWarnings(p: PolicyJson, out: Finding[]): void {
  for (const [i, c] of p.scorecard.characteristics.entries()) {
    const worst = c.bins.reduce((m, b) => Math.min(m, b.points), Infinity);
    if (canBeMissing(c.field) && c.missing > worst) {
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
    const points = [...c.bins.map((b) => b.points), ...(canBeMissing(c.field) ? [c.missing] : [])];
    min += points.reduce((m, x) => Math.min(m, x), Infinity);
    max += points.reduce((m, x) => Math.max(m, x), -Infinity);
  }
  return { min, max };
}

function bandWarnings(p: PolicyJson, out: Finding[]): void {
  const { max } = scoreRange(p);
  for (const [i, b] of p.bands.entries()) {
    const ceiling = i === 0 ? Infinity : (p.bands[i - 1]?.minScore ?? Infinity);
    if (ceiling <= p.cutoff.minScore) out.push({ path: `bands[${i}]`, message: `unreachable: its scores (below ${ceiling}) are all under cutoff.minScore ${p.cutoff.minScore}` });
    else if (b.minScore > max) out.push({ path: `bands[${i}]`, message: `unreachable: minScore ${b.minScore} is above the highest possible score ${max}` });
    const better = p.bands[i - 1];
    if (better && b.apr < better.apr) out.push({ path: `bands[${i}].apr`, message: `${b.apr} is below bands[${i - 1}].apr ${better.apr}: a riskier band is cheaper` });
    if (better && b.maxLimit > better.maxLimit) out.push({ path: `bands[${i}].maxLimit`, message: `${b.maxLimit} is above bands[${i - 1}].maxLimit ${better.maxLimit}: a riskier band may borrow more` });
  }
}

/** Choices that are legal but suspicious: `policy lint` reports them, loading does not refuse them. */
export function policyWarnings(p: PolicyJson): Finding[] {
  const out: Finding[] = [];
  scorecardWarnings(p, out);
  bandWarnings(p, out);
  return out;
}
