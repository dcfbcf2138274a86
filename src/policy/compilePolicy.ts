import { Decimal } from "../engine/decimal.js";
import { scalingFrom } from "../engine/simulate/scorecard.js";
import { threshold } from "../engine/simulate/threshold.js";
import type { DeclaredField, Policy, ProfileDeclarations } from "../engine/simulate/types.js";
import type { PolicyJson } from "./schemas.js";

const dec = (n: number) => new Decimal(String(n));
const opt = (n: number | undefined) => (n === undefined ? {} : { value: threshold(n) });

/** The policy's declared fields (each `missing` made explicit) and its required list, when it has them. */
export function declarations(json: PolicyJson): ProfileDeclarations {
  const fields: DeclaredField[] | undefined = json.fields?.map((f) => ({ ...f, missing: f.missing ?? true }));
  return { ...(fields === undefined ? {} : { fields }), ...(json.requiredFields === undefined ? {} : { requiredFields: json.requiredFields }) };
}

/** The validated policy JSON as the engine's Policy: numbers become decimals, PD scaling is precomputed. */
export function compilePolicy(json: PolicyJson): Policy {
  const p = json.pricing;
  return {
    ...declarations(json),
    knockouts: json.knockouts.map((k) => ({
      code: k.code,
      field: k.field,
      op: k.op,
      ...(typeof k.value === "boolean" || typeof k.value === "string" ? { value: k.value } : opt(k.value)),
      ...(k.levels === undefined ? {} : { levels: k.levels }),
      ...(k.min === undefined ? {} : { min: threshold(k.min) }),
      ...(k.max === undefined ? {} : { max: threshold(k.max) }),
      decision: k.decision,
      text: k.text,
    })),
    base: json.scorecard.base,
    scaling: scalingFrom(String(json.scorecard.scaling.points), String(json.scorecard.scaling.odds), String(json.scorecard.scaling.pdo)),
    characteristics: json.scorecard.characteristics.map((c) => ({
      id: c.id,
      field: c.field,
      missing: c.missing,
      ...(c.other === undefined ? {} : { other: c.other }),
      reason: { code: c.reason.code, text: { zh: c.reason.zh, en: c.reason.en } },
      bins: c.bins.map((b) =>
        b.levels !== undefined
          ? { points: b.points, levels: b.levels }
          : { points: b.points, ...(b.min === undefined ? {} : { min: threshold(b.min) }), ...(b.max === undefined ? {} : { max: threshold(b.max) }) },
      ),
      // reduce, not Math.max(...): a spread of 200,000 bins overflows the stack; `other` is a bin of its own
      best: c.bins.reduce((m, b) => Math.max(m, b.points), c.other ?? -Infinity),
    })),
    reasons: json.scorecard.reasons,
    cutoff: json.cutoff,
    bands: json.bands.map((b) => ({
      band: b.band,
      minScore: b.minScore,
      apr: dec(b.apr),
      maxLimit: dec(b.maxLimit),
      spendMultiple: dec(b.spendMultiple),
      incomeMultiple: dec(b.incomeMultiple),
      dsrCap: dec(b.dsrCap),
      terms: b.terms,
    })),
    pricing: {
      base: dec(p.costOfFunds).plus(dec(p.opex)).plus(dec(p.minMargin)),
      costOfFunds: dec(p.costOfFunds),
      opex: dec(p.opex),
      riskLoad: dec(p.riskLoad),
      lgd: dec(p.lgd),
      floorApr: dec(p.floorApr),
      capApr: dec(p.capApr),
      yearBasis: p.yearBasis,
      code: p.code,
      text: p.text,
    },
    limit: {
      productMax: dec(json.limit.productMax),
      minimum: dec(json.limit.minimum),
      step: dec(json.limit.step),
      regulatoryCap: dec(json.limit.regulatoryCap),
      code: json.limit.code,
      text: json.limit.text,
      capacity: json.limit.capacity,
      ...(json.limit.missingMoney === undefined ? {} : { missingMoney: json.limit.missingMoney }),
    },
    request: json.request,
    economics: json.economics,
  };
}
