import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { PROFILE_FIELDS } from "../../src/engine/simulate/profileFields.js";
import { fastProfile } from "../../src/policy/fastProfile.js";
import { profileBySchema, toProfile } from "../../src/policy/toProfile.js";

// fastProfile skips zod for well-formed records. Its reference is the zod path
// (profileBySchema): on every generated record, valid or not, toProfile must
// give the same profile or the same error message as zod alone, and whatever
// the fast path accepts, zod must accept too, as the same profile.

/** Values at and around every bound and of every wrong type. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(0, -0, 1, 150, 151, 349, 350, 950, 951, 360, 361, 4999.99, 5000, 5000.5, 5000.005, 50000, 50000.01, 1e21, 2 ** 53, -(2 ** 53), 0.1 + 0.2, 1e-7),
  fc.double({ noNaN: false }),
  fc.double({ min: 0, max: 1.5 }),
  fc.constantFrom(null, undefined, true, false, "", "1", "1万", "12000", "abc", [], {}, [1], Object.create(null) as object, new Date(0)),
  fc.string({ maxLength: 6 }),
);

/** A request: a usually well-formed one, or anything. */
const request = fc.oneof(
  fc.record({ amount: fc.oneof(fc.integer({ min: 4000, max: 60000 }), fc.integer({ min: 500000, max: 5000000 }).map((c) => c / 100), fc.integer({ min: 5000000, max: 50000000 }).map((c) => c / 1000), anyValue), terms: fc.oneof(fc.integer({ min: 0, max: 400 }), anyValue) }, { requiredKeys: [] }),
  fc.record({ amount: fc.integer({ min: 5000, max: 50000 }), terms: fc.constantFrom(3, 6, 12), extra: anyValue }),
  anyValue,
);

/** A plausible value for each field, so most records pass and the fast path is exercised. */
function plausible(name: string): fc.Arbitrary<unknown> {
  const spec = (PROFILE_FIELDS as Record<string, { kind: string; min?: number; max?: number }>)[name];
  switch (spec?.kind) {
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: spec.min ?? 0, max: spec.max ?? 400 });
    case "money":
      return fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 2000000 }).map((c) => c / 100));
    case "fraction":
      return fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
    case "id":
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
    default:
      return request;
  }
}

const field = (name: string) => fc.oneof({ weight: 6, arbitrary: plausible(name) }, { weight: 1, arbitrary: anyValue });
const names = Object.keys(PROFILE_FIELDS);
const record: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.record(Object.fromEntries(names.map((n) => [n, field(n)])), { requiredKeys: [] }) },
  { weight: 6, arbitrary: fc.record(Object.fromEntries(names.map((n) => [n, field(n)])), { requiredKeys: ["invited", "age", "monthlyIncome"] }) },
  { weight: 1, arbitrary: fc.tuple(fc.record({ invited: fc.boolean(), age: fc.integer({ min: 0, max: 150 }), monthlyIncome: fc.nat() }), fc.dictionary(fc.string({ maxLength: 5 }), anyValue)).map(([a, b]) => ({ ...b, ...a })) },
  { weight: 1, arbitrary: fc.record({ invited: fc.boolean(), age: fc.nat(150), monthlyIncome: fc.nat() }).map((r) => Object.assign(Object.create(null) as object, r)) },
  { weight: 1, arbitrary: anyValue },
);

type Answer = { profile: unknown } | { error: string };
function answer(make: (data: unknown) => unknown, data: unknown): Answer {
  try {
    return { profile: make(data) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const RUNS = runs(3_000, 20_000);

describe("fastProfile", () => {
  it("agrees with the zod path on every generated record: the same profile or the same error", () => {
    let fast = 0;
    fc.assert(
      fc.property(record, (data) => {
        const quick = fastProfile(data);
        const bySchema = answer(profileBySchema, data);
        if (quick !== undefined) {
          fast++;
          expect(bySchema).toEqual({ profile: quick });
        }
        expect(answer(toProfile, data)).toEqual(bySchema);
      }),
      { numRuns: RUNS },
    );
    expect(fast).toBeGreaterThan(RUNS / 10); // not vacuous: the fast path took many records
  });

  it("takes a typical well-formed record, request included, without zod", () => {
    const data = { id: "u1", invited: true, age: 30, monthlyIncome: 8800, existingMonthlyDebt: null, refundRate12m: 0.1, request: { amount: 12000.5, terms: 12 } };
    const profile = fastProfile(data) as unknown as { request: { amount: { toString(): string } } };
    expect(profile).toBeDefined();
    expect(profile.request.amount.toString()).toBe("12000.5");
    expect(Object.keys(profile)).toEqual(["id", "invited", "age", "monthlyIncome", "refundRate12m", "request"]);
  });
});
