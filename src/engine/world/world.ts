import { probabilityOfDefault, scoreProfile } from "../simulate/scorecard.js";
import { ruleValue } from "../simulate/ruleValue.js";
import type { Policy, Profile } from "../simulate/types.js";
import { logisticLogit, logisticPd, type LogisticModel } from "./logistic.js";

/**
 * How applicants behave, apart from every policy: each applicant's 12-month
 * PD. A logistic model (the default world), a scorecard in a policy's shape
 * (so a fitted card can serve as a world), or a field of the record (a backtest).
 */
export type World =
  | { readonly kind: "logistic"; readonly model: LogisticModel }
  | { readonly kind: "scorecard"; readonly policy: Policy }
  | { readonly kind: "field"; readonly field: string };

const asNumber = (v: unknown): number | undefined => (v === undefined || typeof v === "boolean" ? undefined : Number(v));

/** The world's PD of one applicant, or why the record cannot have one (a field world whose field is missing). */
export function worldPd(world: World, profile: Profile, record: unknown): number | { readonly error: string } {
  if (world.kind === "logistic") return logisticPd(logisticLogit(world.model, (field) => asNumber(ruleValue(profile, field))));
  if (world.kind === "scorecard") return probabilityOfDefault(scoreProfile(profile, world.policy).score, world.policy.scaling).toNumber();
  const value = typeof record === "object" && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>)[world.field] : undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) return { error: `${world.field}: the world reads each applicant's PD from this field: a number from 0 to 1, got ${JSON.stringify(value) ?? "none"}` };
  return value;
}
