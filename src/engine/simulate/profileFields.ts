import type { Decimal } from "../decimal.js";

/**
 * What a profile field holds, with its bounds. `integer` covers counts (min 0)
 * and ranges such as age or 芝麻分; `money` is CNY; `fraction` a share 0–1.
 */
export type FieldKind =
  | { readonly kind: "boolean" }
  | { readonly kind: "integer"; readonly min: number; readonly max?: number }
  | { readonly kind: "money"; readonly min: number }
  | { readonly kind: "fraction"; readonly min: number; readonly max: number }
  | { readonly kind: "id" }
  | { readonly kind: "request" };

/** A field: its kind, whether every profile must have it, and whether policy rules may read it. */
export type FieldSpec = FieldKind & { readonly required: boolean; readonly rules: boolean };

const flag = { kind: "boolean" } as const;
const count = { kind: "integer", min: 0 } as const;
const money = { kind: "money", min: 0 } as const;
const fraction = { kind: "fraction", min: 0, max: 1 } as const;

/**
 * THE list of profile fields, in the order the schema and messages show them.
 * It lives in the engine (pure data, no validation library) because the
 * engine's Profile type is derived from it and the engine may import nothing
 * above itself; src/policy derives the zod schema and its checks from it.
 * Adding a field is one line here, plus its rules or bins in the policy.
 */
export const PROFILE_FIELDS = {
  id: { kind: "id", required: false, rules: false },
  invited: { ...flag, required: true, rules: true },
  realNameVerified: { ...flag, required: false, rules: true },
  age: { kind: "integer", min: 0, max: 150, required: true, rules: true },
  isStudent: { ...flag, required: false, rules: true },
  blacklistHit: { ...flag, required: false, rules: true },
  currentOverdueDays: { ...count, required: false, rules: true },
  maxDpd24m: { ...count, required: false, rules: true },
  zhimaScore: { kind: "integer", min: 350, max: 950, required: false, rules: true },
  activeLenders: { ...count, required: false, rules: true },
  loanApplications3m: { ...count, required: false, rules: true },
  monthlyIncome: { ...money, required: true, rules: true },
  existingMonthlyDebt: { ...money, required: false, rules: true },
  accountAgeMonths: { ...count, required: false, rules: true },
  orders12m: { ...count, required: false, rules: true },
  spend12m: { ...money, required: false, rules: true },
  refundRate12m: { ...fraction, required: false, rules: true },
  cashLikeShare12m: { ...fraction, required: false, rules: true },
  existingPlatformConsumerCredit: { ...money, required: false, rules: true },
  request: { kind: "request", required: false, rules: false },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof PROFILE_FIELDS;
export type ProfileFieldName = keyof Fields;

/** The loan a profile asks for. */
export interface ProfileRequest {
  readonly amount: Decimal;
  readonly terms: number;
}

/** A field's value once validated: numbers as JSON gave them. */
type ValueOf<S> = S extends { kind: "boolean" } ? boolean : S extends { kind: "id" } ? string | number : S extends { kind: "request" } ? ProfileRequest : number;
type NamesWhere<Key extends "required" | "rules"> = { [F in ProfileFieldName]: Fields[F][Key] extends true ? F : never }[ProfileFieldName];
type Flatten<T> = { [K in keyof T]: T[K] };

/** A validated profile: the list's required fields always there, a missing optional one undefined. */
export type ProfileFromFields = Flatten<
  { readonly [F in NamesWhere<"required">]: ValueOf<Fields[F]> } & { readonly [F in Exclude<ProfileFieldName, NamesWhere<"required">>]?: ValueOf<Fields[F]> }
>;

/** Fields the engine computes from others; ruleValue.ts defines them. */
export const DERIVED_RULE_FIELDS = ["dsr"] as const;

/** A field a policy rule may read: a rule-readable profile field or a derived one. */
export type RuleFieldName = NamesWhere<"rules"> | (typeof DERIVED_RULE_FIELDS)[number];

const names = Object.keys(PROFILE_FIELDS) as ProfileFieldName[];

/** Every field name a rule may use, profile fields first in list order, then the derived ones. */
export const RULE_FIELDS: readonly RuleFieldName[] = [...names.filter((f): f is NamesWhere<"rules"> => PROFILE_FIELDS[f].rules), ...DERIVED_RULE_FIELDS];
