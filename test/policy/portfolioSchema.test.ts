import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { DEFAULT_ECONOMICS } from "../../src/engine/portfolio/economics.js";
import { jsonSchemas } from "../../src/policy/jsonSchemas.js";
import { PortfolioResultSchema, type SchemaMatchesResult } from "../../src/policy/portfolioSchema.js";
import { EconomicsSchema } from "../../src/policy/schemas.js";
import { CHALLENGED, FIXTURES, SINGLE } from "../views/portfolioFixtures.js";

// The published shape of `portfolio --format json` and of the policy's economics section.
// The interface (engine/portfolio/result.ts) and the zod schema are checked against each other
// when the code compiles (portfolioSchema.ts ends with the check; it is asserted here too).

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), "utf8"));
const issuePaths = (value: unknown) => PortfolioResultSchema.safeParse(value).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("the portfolio result's schema", () => {
  it("the zod schema and the PortfolioResult interface agree (a type-level check)", () => {
    expectTypeOf<SchemaMatchesResult>().toEqualTypeOf<true>();
  });

  it.each(Object.entries(FIXTURES))("accepts the hand-written %s result", (_name, result) => {
    expect(issuePaths(result)).toEqual([]);
  });

  it("rejects a broken one, naming the figure", () => {
    const [champion] = SINGLE.books;
    const broken = (months: unknown) => ({ ...SINGLE, books: [{ ...champion, months }] });
    // money must carry 2 places, ratios 4
    expect(issuePaths(broken([{ ...champion!.months[0], outstanding: "500000" }]))).toEqual(["books.0.months.0.outstanding"]);
    expect(issuePaths(broken([{ ...champion!.months[0], npl: 0.0215 }]))).toEqual(["books.0.months.0.npl"]);
    expect(issuePaths({ ...SINGLE, books: [{ ...champion, role: "incumbent" }] })).toEqual(["books.0.role"]);
    expect(issuePaths({ ...CHALLENGED, swap: [{ ...CHALLENGED.swap![0], cell: "some" }] })).toEqual(["swap.0.cell"]);
    expect(issuePaths({ ...SINGLE, books: [] })).toEqual(["books"]);
    const { months: _months, ...withoutMonths } = champion!;
    expect(issuePaths({ ...SINGLE, books: [withoutMonths] })).toEqual(["books.0.months"]);
    expect(PortfolioResultSchema.safeParse({ ...SINGLE, extra: 1 }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("schema/portfolio.schema.json requires exactly the fields the interface does not mark optional", () => {
    const file = read("portfolio");
    expect(file.required).toEqual(["world", "originateMonths", "seed", "runs", "horizon", "nplTarget", "invalid", "books"]);
    const book = file.properties.books.items;
    expect(book.required).toEqual(["role", "policy", "economics", "totals", "months", "bands", "vintages", "rollRates"]);
    // a result states every economics key: the defaults are filled in before it is written
    expect(book.properties.economics.required).toEqual(Object.keys(DEFAULT_ECONOMICS));
    expect(book.properties.months.items.properties.npl.pattern).toBe("^-?\\d+\\.\\d{4}$");
    expect(book.properties.months.items.properties.outstanding.pattern).toBe("^-?\\d+\\.\\d{2}$");
  });
});

describe("the economics section's schema", () => {
  it("every key optional, each with the engine's default", () => {
    const file = read("economics");
    expect(file.required).toBeUndefined();
    expect(Object.keys(file.properties)).toEqual(Object.keys(DEFAULT_ECONOMICS));
    for (const [key, value] of Object.entries(DEFAULT_ECONOMICS)) expect(file.properties[key].default, key).toEqual(value);
    expect(EconomicsSchema.parse({})).toEqual(DEFAULT_ECONOMICS);
  });

  it("rejects a take-up above 1 and an unknown key", () => {
    expect(EconomicsSchema.safeParse({ takeUp: 1.5 }).error?.issues[0]?.path).toEqual(["takeUp"]);
    expect(EconomicsSchema.safeParse({ takeUpp: 0.5 }).success).toBe(false);
  });

  it("both are published by npm run schemas", () => {
    expect(Object.keys(jsonSchemas())).toEqual(expect.arrayContaining(["economics", "portfolio"]));
  });
});
