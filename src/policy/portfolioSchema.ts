import { z } from "zod";
import type { PortfolioResult } from "../engine/portfolio/result.js";
import { FROM_STATES, TO_STATES } from "../engine/portfolio/bookOverTime.js";
import { EconomicsSchema } from "./schemas.js";

// The one definition of `portfolio --format json`'s answer, as the JSON Schema
// `npm run schemas` publishes. Its TypeScript twin is engine/portfolio/result.ts:
// the check at the end of this file fails to compile when the two drift apart.

/** Money: a decimal string with 2 places (CNY); a ratio: 4 places (0.0215 = 2.15%). */
const money = z.string().regex(/^-?\d+\.\d{2}$/);
const ratio = z.string().regex(/^-?\d+\.\d{4}$/);
/** With --runs N a count is a mean over the runs, so it may be fractional. */
const count = z.number().min(0);

const monthRow = z.strictObject({
  month: z.int().min(0),
  active: count,
  outstanding: money,
  dpd1to30: money,
  dpd31to60: money,
  dpd61to90: money,
  dpd90plus: money,
  npl: ratio,
  chargeOffs: money,
  recoveries: money,
  interestIncome: money,
  fundingCost: money,
  operatingCost: money,
  vat: money,
  netIncome: money,
});

const bookTotals = z.strictObject({
  applicants: count,
  valid: count,
  approved: count,
  approvalRate: ratio,
  booked: count,
  takeUpRate: ratio,
  customers: count,
  lifetimeValue: money,
  lifetimeValueToAcquisition: ratio,
  bookedAmount: money,
  expectedLoss: money,
  simulatedLoss: money,
  defaults: count,
  chargeOffs: money,
  recoveries: money,
  interestIncome: money,
  fundingCost: money,
  operatingCost: money,
  vat: money,
  bookingCost: money,
  netIncome: money,
  peakNpl: ratio,
  peakNplMonth: z.int().min(0),
  steadyStateNpl: ratio,
  bookNpl: ratio,
  netMargin: ratio,
  returnOnAverageAssets: ratio,
  lossRate: ratio,
});

/** A range's ends are written as the figure is: a count as a decimal string, money with 2 places, a ratio with 4. */
const range = z.strictObject({ p5: z.string().regex(/^-?\d+(\.\d+)?$/), p95: z.string().regex(/^-?\d+(\.\d+)?$/) });
const RANGED = ["approved", "booked", "bookedAmount", "simulatedLoss", "netIncome", "peakNpl", "steadyStateNpl", "netMargin", "returnOnAverageAssets", "lossRate"] as const;

const bandTotals = z.strictObject({
  band: z.string(),
  approved: count,
  booked: count,
  bookedAmount: money,
  meanPd: ratio,
  worldPd: ratio,
  calibrationGap: ratio,
  defaultRate: ratio,
  expectedLoss: money,
  simulatedLoss: money,
  interestIncome: money,
  netIncome: money,
  netMargin: ratio,
  lossRate: ratio,
});

const book = z.strictObject({
  role: z.enum(["champion", "challenger"]),
  sweepValue: z.string().optional(),
  policy: z.string(),
  economics: EconomicsSchema,
  totals: bookTotals,
  ranges: z.strictObject(Object.fromEntries(RANGED.map((k) => [k, range])) as Record<(typeof RANGED)[number], typeof range>).optional(),
  months: z.array(monthRow),
  bands: z.array(bandTotals),
  vintages: z.array(z.strictObject({ cohort: z.int().min(0), bookedAmount: money, cumulativeDefaultRate: z.array(ratio) })),
  rollRates: z.array(z.strictObject({ from: z.enum(FROM_STATES), loanMonths: count, to: z.strictObject(Object.fromEntries(TO_STATES.map((s) => [s, ratio])) as Record<(typeof TO_STATES)[number], typeof ratio>) })),
});

const lossAndBooked = z.strictObject({ bookedAmount: money, simulatedLoss: money });
const swapCell = z.strictObject({
  cell: z.enum(["both", "championOnly", "challengerOnly", "neither"]),
  count,
  meanPd: ratio.nullable(),
  champion: lossAndBooked,
  challenger: lossAndBooked,
});

const sweepPoint = z.strictObject({
  value: z.string(),
  approvalRate: ratio,
  bookedAmount: money,
  peakNpl: ratio,
  steadyStateNpl: ratio,
  lossRate: ratio,
  netMargin: ratio,
  netIncome: money,
  overTarget: z.boolean(),
});

/** `portfolio --format json`: one object. */
export const PortfolioResultSchema = z.strictObject({
  world: z.string(),
  originateMonths: z.int().min(1),
  seed: z.int(),
  runs: z.int().min(1),
  horizon: z.int().min(0),
  nplTarget: ratio,
  invalid: z.int().min(0),
  books: z.array(book).min(1),
  swap: z.array(swapCell).optional(),
  sweep: z.strictObject({ path: z.string(), points: z.array(sweepPoint), firstOverTarget: z.string().nullable() }).optional(),
});

// ---- The schema and the interface agree (a compile-time check, nothing runs) ----
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` only when what the schema accepts is exactly a PortfolioResult (readonly aside). */
export type SchemaMatchesResult = Same<DeepReadonly<z.output<typeof PortfolioResultSchema>>, DeepReadonly<PortfolioResult>>;
const agree: SchemaMatchesResult = true;
void agree;
