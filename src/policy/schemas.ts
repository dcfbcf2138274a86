import { z } from "zod";
import { Decimal } from "../engine/decimal.js";
import { DEFAULT_ECONOMICS as E } from "../engine/portfolio/economics.js";
import { PRODUCTS } from "../engine/products.js";
import { RULE_FIELDS } from "../engine/simulate/profileFields.js";
import { PROFILE_SHAPE } from "./profileFields.js";
import { policyName } from "./reservedNames.js";
import { retiredEconomicsKey } from "./retiredKeys.js";
import { declaredField, level } from "./declaredFieldSchema.js";
import { strictObject } from "./strictObject.js";

// The one definition of every input and output shape of `simulate`: the code
// validates with these, and `npm run schemas` writes them out as JSON Schema.

const money = z.number().min(0);
/** Money a loan is charged: whole 分, as quote takes amounts (20.555 would be rounded per loan). */
const cents = money.refine((v) => new Decimal(String(v)).decimalPlaces() <= 2, "must have at most 2 decimals (money in CNY, to the 分)");
const fraction = z.number().min(0).max(1);
const text = strictObject({ zh: z.string(), en: z.string() });

/** A user profile, field by field as profileFields.ts lists them. Unknown fields are ignored. */
export const ProfileSchema = z.object(PROFILE_SHAPE);
/** A profile as JSON, after validation. */
export type ProfileJson = z.infer<typeof ProfileSchema>;

/**
 * Fields a policy rule may read: the profile's rule-readable ones, the derived
 * debt-service ratio, or a field the policy declares (policyChecks.ts checks
 * the name against both, as the schema cannot see `fields` from here).
 */
const ruleField = z.union([z.enum(RULE_FIELDS), z.string().min(1)]);

const knockout = strictObject({
  code: policyName,
  field: ruleField,
  op: z.enum(["eq", "lt", "lte", "gt", "gte", "outside", "in"]),
  value: z.union([z.boolean(), z.number(), z.string()]).optional(),
  levels: z.array(level).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  decision: z.enum(["declined", "not_invited"]),
  text,
}).superRefine((k, ctx) => {
  // Text compares only with a declared category: on a built-in field it is the wrong type, said with the schema's other errors.
  if (typeof k.value === "string" && (RULE_FIELDS as readonly string[]).includes(k.field)) ctx.addIssue({ code: "custom", path: ["value"], message: "wrong type", input: k.value });
});

/** A range bin [min, max), or a set bin: values equal to one of `levels` (a category's levels, a number's special values, a boolean); policyChecks.ts refuses both at once. */
const bin = strictObject({ min: z.number().optional(), max: z.number().optional(), points: z.int(), levels: z.array(level).min(1).optional() });

// A policy written before reason codes were data gave characteristic Cnn the code Rnn.
const codeFromId = (id: string) => id.replace(/^C/, "R");

const characteristic = z
  .object({
    id: policyName,
    field: ruleField,
    missing: z.int(),
    other: z.int().optional(),
    reason: strictObject({ code: z.string().min(1).optional(), zh: z.string(), en: z.string() }),
    bins: z.array(bin).min(1),
  })
  .transform((c) => ({ ...c, reason: { code: c.reason.code ?? codeFromId(c.id), zh: c.reason.zh, en: c.reason.en } }));

/** How many scorecard reasons an offer lists at most; 4 for a policy written before the key existed. */
const reasons = strictObject({ max: z.int().min(0) }).default({ max: 4 });

const band = strictObject({
  band: policyName,
  minScore: z.number(),
  apr: z.number().min(0).max(100),
  maxLimit: money,
  spendMultiple: z.number().min(0),
  incomeMultiple: z.number().min(0),
  dsrCap: fraction,
  terms: z.array(z.int().min(1).max(PRODUCTS.none.terms.max)).min(1),
});

/** A limit under the minimum because existing debt takes the payment capacity; LIM02 for a policy written before it existed. */
const capacityDecline = strictObject({ code: z.string().min(1), text }).default({
  code: "LIM02",
  text: { zh: "现有负债占用还款能力，可借额度不足", en: "Existing debts leave too little repayment capacity" },
});

/** A score at or above the cut-off under every band's minimum; DEC02 for a policy written before it existed. */
const noBandDecline = strictObject({ code: z.string().min(1), text }).default({
  code: "DEC02",
  text: { zh: "该评分没有对应的定价等级", en: "No price band for this score" },
});

/** What `portfolio` assumes once offers are made; every key optional, defaults in engine/portfolio/economics.ts. */
const economics = strictObject({
  takeUp: fraction.default(E.takeUp),
  utilisation: fraction.default(E.utilisation),
  termMix: z
    .record(z.string().regex(/^[1-9]\d*$/, "a term in months"), z.number().min(0))
    .refine((mix) => Object.values(mix).some((w) => w > 0), "at least one term with a weight above 0")
    .default({ ...E.termMix }),
  pdMultiplier: z.number().min(0).max(100).default(E.pdMultiplier),
  chargeOffDays: z.int().min(30).max(720).default(E.chargeOffDays),
  cureRate: fraction.default(E.cureRate),
  prepayRate: fraction.default(E.prepayRate),
  vatRate: fraction.default(E.vatRate),
  reborrowRate: fraction.default(E.reborrowRate),
  lifetimeMonths: z.int().min(1).max(120).default(E.lifetimeMonths),
  costPerLoan: cents.max(1_000_000).default(E.costPerLoan),
}, retiredEconomicsKey).prefault({});

/** The policy's `economics` section alone (its own published schema, and the resolved economics in a portfolio result). */
export const EconomicsSchema = economics;

/** A credit policy: knock-outs, scorecard, bands, pricing and limit rules. */
export const PolicySchema = strictObject({
  name: z.string(),
  version: z.number(),
  note: z.string().optional(),
  fields: z.array(declaredField).optional(),
  requiredFields: z.array(z.string()).optional(),
  knockouts: z.array(knockout),
  scorecard: strictObject({
    base: z.int(),
    scaling: strictObject({ points: z.number(), odds: z.number().positive(), pdo: z.number().positive() }),
    reasons,
    characteristics: z.array(characteristic),
  }),
  cutoff: strictObject({ minScore: z.number(), code: z.string(), text, noBand: noBandDecline }),
  bands: z.array(band).min(1),
  pricing: strictObject({
    costOfFunds: z.number().min(0),
    opex: z.number().min(0),
    minMargin: z.number().min(0),
    riskLoad: z.number().min(0),
    lgd: fraction,
    floorApr: z.number().min(0).max(100),
    capApr: z.number().min(0).max(100),
    yearBasis: z.union([z.literal(365), z.literal(360)]),
    code: z.string(),
    text,
  }),
  limit: strictObject({
    productMax: money,
    minimum: money,
    step: z.number().positive(),
    regulatoryCap: money,
    code: z.string(),
    text,
    capacity: capacityDecline,
    missingMoney: z.enum(["zero", "ignore"]).optional(),
  }),
  request: strictObject({ REQ01: text, REQ02: text }),
  economics,
});
/** A policy as JSON, after validation. */
export type PolicyJson = z.infer<typeof PolicySchema>;

const decimalString = (places: number) => z.string().regex(new RegExp(`^-?\\d+\\.\\d{${places}}$`));

/** One offer line of `simulate --format json` (or an error record in a batch). */
export const OfferSchema = z.union([
  z.object({
    id: z.union([z.string(), z.number(), z.null()]),
    decision: z.enum(["approved", "declined", "not_invited"]),
    code: z.string().nullable(),
    score: z.int().nullable(),
    pd: decimalString(4).nullable(),
    pdExact: decimalString(10).optional(),
    band: z.string().nullable(),
    apr: decimalString(4).nullable(),
    dailyRate: decimalString(4).nullable(),
    limit: decimalString(2).nullable(),
    bindingConstraint: z.enum(["product", "band", "spend", "income", "capacity", "regulatory"]).nullable(),
    terms: z.array(z.object({ terms: z.int(), maxAmount: decimalString(2), payment: decimalString(2), totalInterest: decimalString(2) })),
    reasons: z.array(z.object({ code: z.string(), text: z.string(), pointsLost: z.int().optional() })),
    knockouts: z.array(z.object({ code: z.string(), text: z.string() })),
    points: z.array(z.object({ id: z.string(), field: z.string(), value: z.union([z.number(), z.boolean(), z.string(), z.null()]), points: z.int(), pointsLost: z.int() })).optional(),
    requestDeclined: z.object({ code: z.enum(["REQ01", "REQ02"]), text: z.string() }).optional(),
    quote: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ line: z.int(), id: z.union([z.string(), z.number(), z.null()]), error: z.string() }),
]);
