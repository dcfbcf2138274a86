/**
 * Every field a use case can name in a FieldError: the request's own names
 * (camelCase, as the library spells them). The CLI maps each to the option
 * a user typed (src/cli/optionNames.ts); a field missing there fails to compile.
 */
export const FIELDS = [
  // A loan (quote's options, compare's offer keys).
  "amount",
  "apr",
  "dailyRate",
  "terms",
  "method",
  "interest",
  "feeRate",
  "totalFeeRate",
  "upfrontFee",
  "monthlyFee",
  "financeFee",
  "yearBasis",
  "cap",
  "dueDay",
  "minFirstDays",
  "feeResidual",
  "principalRounding",
  "start",
  "product",
  // What else quote works out.
  "payment",
  "step",
  "prepay",
  "prepayOn",
  "prepayFee",
  "overdue",
  "penaltyMultiplier",
  // simulate and portfolio.
  "set",
  "whatIf",
  "keep",
  "by",
  "sweep",
  "economics",
  "challenger",
  "originateMonths",
  "world",
  "seed",
  "runs",
  "nplTarget",
  "shard",
  "partial",
  // fit and validate.
  "target",
  "id",
  "fields",
  "breaks",
  "special",
  "monotone",
  // merge's part files.
  "parts",
] as const;

export type Field = (typeof FIELDS)[number];
