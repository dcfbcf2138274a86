import { PRODUCTS } from "../engine/products.js";
import { fieldErrors, ruleFieldTypes } from "./fieldChecks.js";
import type { PolicyJson } from "./schemas.js";

/** One problem a policy check found: where, and what. */
export interface Finding {
  readonly path: string;
  readonly message: string;
}

type Bin = PolicyJson["scorecard"]["characteristics"][number]["bins"][number];

function knockoutProblems(p: PolicyJson, out: Finding[]): void {
  const types = ruleFieldTypes(p);
  for (const [i, k] of p.knockouts.entries()) {
    // Unknown fields, categories and "in": fieldChecks.ts.
    const type = types.get(k.field);
    if (type === undefined || type === "category" || k.op === "in") continue;
    const boolField = type === "boolean";
    if (k.op === "outside" && k.min === undefined && k.max === undefined) out.push({ path: `knockouts[${i}]`, message: `op "outside" needs min or max` });
    if (k.op === "outside" && k.min !== undefined && k.max !== undefined && k.min > k.max) out.push({ path: `knockouts[${i}].min`, message: `${k.min} is above max ${k.max}: the rule would knock out everyone` });
    if (k.op !== "outside" && k.value === undefined) out.push({ path: `knockouts[${i}].value`, message: `is required for op "${k.op}"` });
    else if (k.op !== "outside" && typeof k.value !== (boolField ? "boolean" : "number")) out.push({ path: `knockouts[${i}].value`, message: `expected ${boolField ? "a boolean" : "a number"} for field ${k.field}, got ${JSON.stringify(k.value)}` });
    if (boolField && k.op !== "eq") out.push({ path: `knockouts[${i}].op`, message: `field ${k.field} is a boolean, so only "eq" applies` });
  }
}

/** Bins sorted by lower bound must not overlap ([min, max) each). */
function binProblems(p: PolicyJson, out: Finding[]): void {
  for (const [i, c] of p.scorecard.characteristics.entries()) {
    // A boolean or category field's bins, and set bins: fieldChecks.ts.
    for (const [j, b] of c.bins.entries()) {
      if (b.min !== undefined && b.max !== undefined && b.min >= b.max) out.push({ path: `scorecard.characteristics[${i}].bins[${j}]`, message: "min must be below max" });
    }
    const sorted = sortedBins(c.bins);
    for (let k = 1; k < sorted.length; k++) {
      const [prev, next] = [sorted[k - 1] as { bin: Bin; at: number }, sorted[k] as { bin: Bin; at: number }];
      if (prev.bin.max === undefined || (next.bin.min ?? -Infinity) < prev.bin.max) out.push({ path: `scorecard.characteristics[${i}].bins[${next.at}]`, message: `overlaps bins[${prev.at}]: a value would fit both` });
    }
  }
}

/** Range bins with their index, lowest lower bound first (no lower bound is lowest); set bins are matched before any range. */
export function sortedBins(bins: readonly Bin[]): { bin: Bin; at: number }[] {
  return bins.map((bin, at) => ({ bin, at })).filter(({ bin }) => bin.levels === undefined).sort((a, b) => (a.bin.min ?? -Infinity) - (b.bin.min ?? -Infinity));
}

function duplicates(values: readonly string[], path: (i: number) => string, what: string, out: Finding[]): void {
  const seen = new Map<string, number>();
  for (const [i, v] of values.entries()) {
    const first = seen.get(v);
    if (first !== undefined) out.push({ path: path(i), message: `${what} ${JSON.stringify(v)} is used twice (also ${path(first)})` });
    else seen.set(v, i);
  }
}

function bandProblems(p: PolicyJson, out: Finding[]): void {
  const product = PRODUCTS.suishendai;
  for (let i = 1; i < p.bands.length; i++) {
    if ((p.bands[i]?.minScore ?? 0) >= (p.bands[i - 1]?.minScore ?? 0)) out.push({ path: `bands[${i}].minScore`, message: `must be below bands[${i - 1}].minScore (bands run from best to worst)` });
  }
  duplicates(p.bands.map((b) => b.band), (i) => `bands[${i}].band`, "band name", out);
  for (const [i, b] of p.bands.entries()) {
    if (b.apr > p.pricing.capApr) out.push({ path: `bands[${i}].apr`, message: `${b.apr} is above pricing.capApr ${p.pricing.capApr} (it would be cut to the cap)` });
    if (b.apr < p.pricing.floorApr) out.push({ path: `bands[${i}].apr`, message: `${b.apr} is below pricing.floorApr ${p.pricing.floorApr} (it would be raised to the floor)` });
    else if (product.apr.min.gt(String(b.apr))) out.push({ path: `bands[${i}].apr`, message: belowProduct(b.apr) });
    if (b.maxLimit > p.limit.productMax) out.push({ path: `bands[${i}].maxLimit`, message: `${b.maxLimit} is above limit.productMax ${p.limit.productMax}` });
    const term = b.terms.find((t) => t < product.terms.min || t > product.terms.max);
    if (term !== undefined) out.push({ path: `bands[${i}].terms`, message: `${term} is outside the product's ${product.terms.min}–${product.terms.max} terms` });
    // A repeated term would be offered (and printed) twice.
    const repeated = b.terms.find((t, k) => b.terms.indexOf(t) !== k);
    if (repeated !== undefined) out.push({ path: `bands[${i}].terms`, message: `${repeated} appears twice` });
  }
}

const { min: productMin, max: productMax } = PRODUCTS.suishendai.apr;
const belowProduct = (apr: number) => `${apr} is below the product's minimum APR ${productMin.toString()}% (quote refuses such a loan)`;

/** Prices simulate could offer but quote refuses: a floor under the product's minimum APR, a cap over its maximum. */
function aprRangeProblems(p: PolicyJson, out: Finding[]): void {
  if (productMin.gt(String(p.pricing.floorApr))) out.push({ path: "pricing.floorApr", message: belowProduct(p.pricing.floorApr) });
  if (productMax.lt(String(p.pricing.capApr))) out.push({ path: "pricing.capApr", message: `${p.pricing.capApr} is above the product's maximum APR ${productMax.toString()}% (quote refuses such a loan)` });
}

/** Contradictions the schema cannot see: each makes the policy unusable (a load error). */
export function policyErrors(p: PolicyJson): Finding[] {
  const out: Finding[] = fieldErrors(p);
  knockoutProblems(p, out);
  binProblems(p, out);
  bandProblems(p, out);
  duplicates(
    [...p.knockouts.map((k) => k.code), p.cutoff.code, p.cutoff.noBand.code, p.pricing.code, p.limit.code, p.limit.capacity.code, ...p.scorecard.characteristics.map((c) => c.reason.code)],
    (i) => codePath(p, i),
    "rule code",
    out,
  );
  duplicates(p.scorecard.characteristics.map((c) => c.id), (i) => `scorecard.characteristics[${i}].id`, "id", out);
  if (p.pricing.floorApr > p.pricing.capApr) out.push({ path: "pricing.floorApr", message: "must not exceed pricing.capApr" });
  aprRangeProblems(p, out);
  if (p.limit.minimum > p.limit.productMax) out.push({ path: "limit.minimum", message: `${p.limit.minimum} is above limit.productMax ${p.limit.productMax}: nobody could be approved` });
  return out;
}

function codePath(p: PolicyJson, i: number): string {
  const k = p.knockouts.length;
  if (i < k) return `knockouts[${i}].code`;
  const fixed = ["cutoff.code", "cutoff.noBand.code", "pricing.code", "limit.code", "limit.capacity.code"];
  return fixed[i - k] ?? `scorecard.characteristics[${i - k - fixed.length}].reason.code`;
}
