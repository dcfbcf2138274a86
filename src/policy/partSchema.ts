import { z } from "zod";
import { DIGEST_MODULUS, SAMPLE_SIZE } from "../engine/portfolio/applicantSet.js";
import { BAND, ERRORS_KEPT, MONTH, RUN, SWAP, SWAP_CELLS, type BookAggregate } from "../engine/portfolio/aggregate.js";
import { FROM_STATES, TO_STATES } from "../engine/portfolio/bookOverTime.js";
import { PRODUCTS } from "../engine/products.js";
import { EconomicsSchema } from "./schemas.js";

// The shape of a `portfolio --partial` file as merge reads it, after its
// checksum matched: a checksum anyone can recompute proves no more than that
// the file is whole, so every field is checked for its type and range here,
// and the sums for their consistency in app/portfolio/partChecks.ts.

/** A count or a sum of 分: a whole number ≥ 0 as a decimal string (sums may pass 2^53). */
const digits = z.string().regex(/^(0|[1-9]\d{0,39})$/, "must be a whole number ≥ 0 written as a string");
// Every check runs on the strings, before they become bigints: a message quotes the value as found.
const whole = digits.transform((s) => BigInt(s));
const bigints = (list: string[]) => list.map((s) => BigInt(s));
const sums = (width: object) => z.array(digits).length(Object.keys(width).length).transform(bigints);
const growing = z.array(digits).transform(bigints);
// zod runs a refinement even after the regex failed: it must not assume digits.
const hash128 = digits.refine((d) => /^\d+$/.test(d) && BigInt(d) < DIGEST_MODULUS, "must be below 2^128");
const hash = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hash (64 hex digits)");

const book = z.strictObject({
  valid: whole,
  approved: whole,
  maxTerm: z.int().min(0).max(PRODUCTS.none.terms.max),
  history: z.strictObject({ cohortBooked: growing, vintage: z.array(growing), rolls: z.array(digits).length(FROM_STATES.length * TO_STATES.length).transform(bigints) }),
  runs: z.array(z.strictObject({ totals: sums(RUN), outstanding: growing, dpd90plus: growing, current: growing })),
  months: z.array(sums(MONTH)),
  bands: z.array(z.tuple([z.string(), sums(BAND)])).transform((pairs) => new Map(pairs)),
}) satisfies z.ZodType<BookAggregate, unknown>;

const aggregate = z.strictObject({
  applicants: whole,
  applicantDigest: hash128.transform((s) => BigInt(s)),
  applicantSample: z.array(hash128).max(SAMPLE_SIZE).transform(bigints),
  invalid: whole,
  errors: z.array(z.strictObject({ line: z.int().min(1), id: z.union([z.string(), z.number(), z.null()]), error: z.string() })).max(ERRORS_KEPT),
  books: z.array(book).min(1),
  swap: z.array(sums(SWAP)).length(SWAP_CELLS.length).optional(),
});

const setup = z.strictObject({
  world: z.string(),
  originateMonths: z.int().min(1).max(120),
  seed: z.int().min(0).max(4_294_967_295),
  runs: z.int().min(1).max(1000),
  nplTarget: z.string().regex(/^0(\.\d{1,10})?$|^1$/, "must be a fraction from 0 to 1 as a decimal string"),
  books: z
    .array(z.strictObject({ role: z.enum(["champion", "challenger"]), sweepValue: z.string().optional(), policy: z.string(), economics: EconomicsSchema, bands: z.array(z.string()) }))
    .min(1),
  sweepPath: z.string().optional(),
});

/** The most shards a run may be split into (`--shard I/N`): far more hosts than a run needs, few enough that a missing-shard check stays cheap. */
export const MAX_SHARDS = 10_000;

/** `--shard I/N` as the part recorded it (null: written without --shard). */
const shard = z.union([
  z.null(),
  z.strictObject({ index: z.int().min(1).max(MAX_SHARDS), count: z.int().min(1).max(MAX_SHARDS) }).refine((s) => s.index <= s.count, "index must be at most count"),
]);

/** A --set as the part recorded it (only compared, never applied, by merge). */
const override = z.strictObject({ path: z.union([z.tuple([z.string()]), z.tuple([z.literal("request"), z.enum(["amount", "terms"])])]), value: z.unknown(), op: z.enum(["+", "-", "*"]).optional() });

/** A whole part file; `kind` and `version` are checked before it, with messages of their own. */
export const PartSchema = z.strictObject({
  kind: z.string(),
  version: z.number(),
  fingerprint: hash,
  setup,
  policies: hash,
  set: z.array(override),
  shard,
  aggregate,
  checksum: hash,
});

