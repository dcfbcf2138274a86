import type { PolicyJson } from "../../policy/schemas.js";
import type { FieldInference } from "./inferFieldTypes.js";

/** A declared field as a fitted policy writes it: open (a category lists no levels, so a level unseen in the data scores `other`), missing allowed. */
type FieldDeclaration = NonNullable<PolicyJson["fields"]>[number];

/** Cnn, Rnn: two digits as the built-in policy numbers them, more when there are more than 99. */
const numbered = (prefix: string, i: number) => `${prefix}${String(i + 1).padStart(2, "0")}`;

/** The reason a declined applicant reads for a characteristic over a field of the team's own data. */
export const ownReason = (field: string) => ({ zh: `${field} 的取值风险较高`, en: `${field}: a value with higher risk` });

/**
 * The base `fit` bins on the team's own fields. Without --policy (`builtIn`):
 * the built-in policy's scaling, cut-off, bands, pricing, limit (a missing
 * spend or income leaves its candidate out: `missingMoney: "ignore"`),
 * economics and reasons, no knock-outs, no required field; `name` is the
 * input's. With --policy: that policy, its characteristics replaced. Either
 * way each field not built-in and not declared yet is declared, and each field
 * is a characteristic Cnn with reason Rnn, one placeholder bin (the fit bins it;
 * no points of its own imply a trend, so the fit takes the one with more IV).
 */
export function ownDataBase(base: PolicyJson, fields: readonly FieldInference[], options: { builtIn: boolean; name: string }): PolicyJson {
  const declared = base.fields ?? [];
  const declare = fields.filter((f) => f.source === "inferred").map((f): FieldDeclaration => ({ name: f.name, type: f.type, missing: true }));
  const characteristics = fields.map((f, i) => ({
    id: numbered("C", i),
    field: f.name,
    missing: 0,
    reason: { code: numbered("R", i), ...ownReason(f.name) },
    bins: [{ points: 0 }],
  }));
  const scorecard = { ...base.scorecard, characteristics };
  if (!options.builtIn) return { ...base, ...(declared.length + declare.length ? { fields: [...declared, ...declare] } : {}), scorecard };
  return {
    ...base,
    name: options.name,
    knockouts: [],
    requiredFields: [],
    fields: declare,
    limit: { ...base.limit, missingMoney: "ignore" },
    scorecard,
  };
}
