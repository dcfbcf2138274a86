import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProfileDeclarations } from "../../src/engine/simulate/types.js";
import { fastProfile } from "../../src/policy/fastProfile.js";
import { unknownFields } from "../../src/policy/profileFields.js";
import { profileBySchema, toProfile } from "../../src/policy/toProfile.js";

// A record checked against a policy's declared fields, both ways toProfile
// has: the fast path (fastProfile) and zod (profileBySchema), which words
// every error. They must agree: the same profile, or the fast path declines
// and zod gives the one error message.

const declarations: ProfileDeclarations = {
  fields: [
    { name: "queries6m", type: "number", integer: true, min: 0, max: 99, missing: true },
    { name: "ratio", type: "number", min: 0, missing: true },
    { name: "channel", type: "category", levels: ["app", "web", "store"], missing: true },
    { name: "segment", type: "category", missing: true },
    { name: "hasCar", type: "boolean", missing: false },
  ],
};
const base = { invited: true, age: 30, monthlyIncome: 8000, hasCar: false };

const both = (data: unknown, decl: ProfileDeclarations = declarations) => {
  let error: string | undefined;
  try {
    profileBySchema(data, decl);
  } catch (e) {
    error = (e as Error).message;
  }
  return { fast: fastProfile(data, decl), error };
};

describe("declared fields are checked, each error naming the field and what it allows", () => {
  it.each([
    ["a number field given text", { queries6m: "3" }, 'field queries6m: expected an integer, got "3"'],
    ["an integer field given 2.5", { queries6m: 2.5 }, "field queries6m: expected an integer, got 2.5"],
    ["above max", { queries6m: 100 }, "field queries6m: must be at most 99, got 100"],
    ["below min", { ratio: -0.5 }, "field ratio: must be at least 0, got -0.5"],
    ["a level not in the closed set", { channel: "tv" }, 'field channel: must be one of "app", "web", "store", got "tv"'],
    ["a category given a boolean", { segment: true }, "field segment: must be text (a category), got true"],
    ["a closed category given an object", { channel: {} }, 'field channel: must be text (a category level: one of "app", "web", "store"), got {}'],
    ["a boolean given text", { hasCar: "yes" }, 'field hasCar: expected a boolean, got "yes"'],
    ["a required declared field missing (missing: false)", { hasCar: undefined }, "field hasCar: is required"],
    ["null for a required one", { hasCar: null }, "field hasCar: expected a boolean, got null"],
  ])("%s", (_, change, message) => {
    const { fast, error } = both({ ...base, ...change });
    expect(fast).toBeUndefined(); // the fast path declines: zod words it
    expect(error).toBe(message);
    expect(() => toProfile({ ...base, ...change }, declarations)).toThrow(message);
  });

  it("a valid record: the same profile both ways, declared fields kept as own keys, a category's number as its text", () => {
    const record = { ...base, queries6m: 4, ratio: 0.25, channel: "web", segment: 7, unknownThing: 1 };
    const expected = { invited: true, age: 30, monthlyIncome: 8000, hasCar: false, queries6m: 4, ratio: 0.25, channel: "web", segment: "7" };
    expect(fastProfile(record, declarations)).toEqual(expected);
    expect(profileBySchema(record, declarations)).toEqual(expected);
    // null is missing for an optional declared field
    expect(toProfile({ ...base, channel: null }, declarations)).toEqual({ invited: true, age: 30, monthlyIncome: 8000, hasCar: false });
  });

  it("without declarations a declared name is an unknown field, dropped (today's behaviour)", () => {
    expect(toProfile({ ...base, channel: "tv" })).toEqual({ invited: true, age: 30, monthlyIncome: 8000 });
    expect(unknownFields({ ...base, channel: "tv", colour: 1 })).toEqual(["hasCar", "channel", "colour"]);
    expect(unknownFields({ ...base, channel: "tv", colour: 1 }, ["channel", "hasCar"])).toEqual(["colour"]);
  });
});

describe("requiredFields: the fields every record must have", () => {
  it("[] makes invited, age and monthlyIncome optional", () => {
    const decl = { requiredFields: [] };
    expect(fastProfile({ zhimaScore: 700 }, decl)).toEqual({ zhimaScore: 700 });
    expect(profileBySchema({ zhimaScore: 700 }, decl)).toEqual({ zhimaScore: 700 });
    expect(() => toProfile({ zhimaScore: 700 })).toThrow("field invited: is required");
  });

  it("a list makes exactly those required, built-in or declared", () => {
    const decl = { ...declarations, requiredFields: ["zhimaScore", "channel"] };
    const { fast, error } = both({ hasCar: true, channel: "app" }, decl);
    expect([fast, error]).toEqual([undefined, "field zhimaScore: is required"]);
    expect(both({ hasCar: true, zhimaScore: 600 }, decl).error).toBe("field channel: is required");
    expect(toProfile({ hasCar: true, zhimaScore: 600, channel: "app" }, decl)).toEqual({ hasCar: true, zhimaScore: 600, channel: "app" });
  });
});

describe("the fast path agrees with zod on generated records", () => {
  const value = fc.oneof(
    fc.constantFrom(null, undefined, true, false, "", "app", "web", "tv", "7", 0, -1, 7, 99, 100, 2.5, 1e21, [], {}),
    fc.integer({ min: -5, max: 120 }),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 4 }),
  );
  const record = fc.record({ invited: fc.oneof(fc.boolean(), value), age: fc.oneof(fc.integer({ min: 18, max: 60 }), value), monthlyIncome: fc.oneof(fc.nat(), value), queries6m: value, ratio: value, channel: value, segment: value, hasCar: fc.oneof(fc.boolean(), value) }, { requiredKeys: [] });
  const answer = (make: () => unknown) => {
    try {
      return { profile: make() };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  it.each([
    ["the declarations", declarations],
    ["with requiredFields []", { ...declarations, requiredFields: [] }],
  ])("%s", (_, decl) => {
    fc.assert(
      fc.property(record, (r) => {
        expect(answer(() => toProfile(r, decl))).toEqual(answer(() => profileBySchema(r, decl)));
        const fast = fastProfile(r, decl);
        if (fast !== undefined) expect(fast).toEqual(profileBySchema(r, decl));
      }),
      { numRuns: 400, seed: 23 },
    );
  });
});
