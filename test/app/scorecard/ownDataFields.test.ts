import { describe, expect, it } from "vitest";
import { idColumnOf, withId } from "../../../src/app/scorecard/idColumn.js";
import { inferFieldTypes } from "../../../src/app/scorecard/inferFieldTypes.js";
import { chosenFields, isOwnData, typedRecord } from "../../../src/app/scorecard/ownDataPlan.js";
import { outcomeOfValue } from "../../../src/app/scorecard/targetValue.js";

describe("the target's value as an outcome", () => {
  it("without --bad: 0/1, \"0\"/\"1\" and true/false; anything else names the field and --bad", () => {
    expect([0, 1, "0", "1", false, true].map((v) => outcomeOfValue(v, "bad"))).toEqual([0, 1, 0, 1, 0, 1]);
    expect(outcomeOfValue("yes", "bad")).toMatch(/^field bad: expected 0 or 1, got "yes" \(.*--bad VALUE/);
    expect(outcomeOfValue(2, "bad")).toMatch(/^field bad: expected 0 or 1, got 2/);
    expect(outcomeOfValue(undefined, "bad")).toBe("field bad: is required (the outcome: 0 good, 1 defaulted)");
  });

  it("with --bad: equal as text is bad (1 and \"1\" both match \"1\"), any other present value good, missing an error", () => {
    expect(["yes", "no", "YES", "", 1].map((v) => outcomeOfValue(v, "class", "yes"))).toEqual([1, 0, 0, 0, 0]);
    expect([1, "1", 2, "2", 1.0, "1.0", true].map((v) => outcomeOfValue(v, "y", "1"))).toEqual([1, 1, 0, 0, 1, 0, 0]);
    expect(outcomeOfValue(true, "y", "true")).toBe(1);
    expect(outcomeOfValue(null, "class", "bad")).toBe('field class: is required (the outcome: "bad" bad, any other value good)');
    expect(outcomeOfValue({ a: 1 }, "class", "bad")).toMatch(/^field class: expected a value to compare with --bad "bad", got an object$/);
  });
});

describe("the id column", () => {
  it("--id names it; else id; else ID in any case; else none", () => {
    expect(idColumnOf(["a", "customer"], "customer", "f")).toBe("customer");
    expect(idColumnOf(["ID", "id"], undefined, "f")).toBe("id");
    expect(idColumnOf(["x", "Id"], undefined, "f")).toBe("Id");
    expect(idColumnOf(["x", "idx"], undefined, "f")).toBeUndefined();
  });

  it("an --id no record has, or beside a column id, is refused with the columns", () => {
    expect(() => idColumnOf(["a", "b"], "c", "data.csv")).toThrow(expect.objectContaining({ field: "id", code: "no-column", message: 'id c: no record of data.csv has a column "c" (columns: a, b)' }));
    expect(() => idColumnOf(["id", "no"], "no", "f")).toThrow(expect.objectContaining({ field: "id", code: "two-ids", message: expect.stringMatching(/^id no: the records have a column "id" too/) }));
  });

  it("the id column is read as id", () => {
    expect(withId({ customer: 7, a: 1 }, "customer")).toEqual({ a: 1, id: 7 });
    expect(withId({ id: 7 }, "id")).toEqual({ id: 7 });
  });
});

describe("inferFieldTypes", () => {
  // Hand-made records: each column's expected type, present and distinct counts written out.
  const records = [
    { n: 1, b: true, bt: "TRUE", c: "app", mix: 7, one: "x", age: 30, gone: null, obj: { a: 1 } },
    { n: 2.5, b: false, bt: "false", c: "web", mix: "7", one: "x", age: 41 },
    { n: 1, b: true, c: "app", mix: "seven", age: 30 },
    { b: false, bt: "true", c: 3, one: "x" },
  ];
  const names = ["n", "b", "bt", "c", "mix", "one", "age", "gone", "obj"];

  it("numbers → number, booleans (also as text) → boolean, else category; built-in and declared keep theirs", () => {
    const { fields, leftOut } = inferFieldTypes(records, names, new Map([["n", "category"]]));
    expect(fields).toEqual([
      { name: "n", type: "category", source: "declared", present: 3, distinct: 2 },
      { name: "b", type: "boolean", source: "inferred", present: 4, distinct: 2 },
      { name: "bt", type: "boolean", source: "inferred", present: 3, distinct: 2 },
      { name: "c", type: "category", source: "inferred", present: 4, distinct: 3 },
      // 7 and "7" are one level: a number among text is its text.
      { name: "mix", type: "category", source: "inferred", present: 3, distinct: 2 },
      { name: "age", type: "number", source: "built-in", present: 3, distinct: 2 },
    ]);
    expect(leftOut).toEqual([
      { name: "one", reason: "oneValue", present: 3, value: "x" },
      { name: "gone", reason: "allMissing", present: 0 },
      { name: "obj", reason: "notScalar", present: 1 },
    ]);
  });

  it("a column no policy could declare by its name is left out", () => {
    const rows = [{ "": 1, constructor: "a", toString: 2, dsr: 0.1 }, { "": 2, constructor: "b", toString: 3, dsr: 0.2 }];
    expect(inferFieldTypes(rows, ["", "constructor", "toString", "dsr"], new Map()).leftOut.map((f) => f.reason)).toEqual(["badName", "badName", "badName", "badName"]);
  });

  it("text unique to each record, or a row number 1…n, is left out; declared or built-in columns are kept whatever their values", () => {
    const rows = [5, 3, 4, 6].map((n, i) => ({ name: `person ${n}`, row: n, score: n * 10, age: 20 + i }));
    const { fields, leftOut } = inferFieldTypes(rows, ["name", "row", "score", "age"], new Map());
    expect(leftOut).toEqual([
      { name: "name", reason: "allDistinct", present: 4 },
      { name: "row", reason: "rowNumber", present: 4 },
    ]);
    // 30, 40, 50, 60 are unique but not consecutive; age is built-in.
    expect(fields.map((f) => f.name)).toEqual(["score", "age"]);
    expect(inferFieldTypes(rows, ["name"], new Map([["name", "category"]])).fields).toHaveLength(1);
  });

  it("without a declaration a column of numbers is a number", () => {
    expect(inferFieldTypes(records, ["n"], new Map()).fields).toEqual([{ name: "n", type: "number", source: "inferred", present: 3, distinct: 2 }]);
  });
});

describe("own-data mode and the fields chosen", () => {
  const context = { target: "bad", idColumn: "id", declared: new Map() };

  it("own data: columns no built-in profile has, and no built-in profiles (invited, age, monthlyIncome missing); or --fields", () => {
    expect(isOwnData(["id", "channel", "age", "bad"], context)).toBe(true);
    // Declared by the --policy (a fitted own-data policy fitted again): still own data.
    expect(isOwnData(["id", "channel", "age", "bad"], { ...context, declared: new Map([["channel", "category"]]) })).toBe(true);
    // Built-in profiles with a misspelt field, or with fields a policy declares: built-in.
    expect(isOwnData(["invited", "age", "monthlyIncome", "zhimascore", "bad"], context)).toBe(false);
    expect(isOwnData(["invited", "age", "monthlyIncome", "channel", "bad"], { ...context, declared: new Map([["channel", "category"]]) })).toBe(false);
    expect(isOwnData(["invited", "age", "bad"], context)).toBe(false);
    expect(isOwnData(["invited", "age", "monthlyIncome", "bad"], { ...context, fields: ["age"] })).toBe(true);
  });

  it("every column but target and id, or --fields checked name by name", () => {
    expect(chosenFields(["id", "a", "bad", "b"], context)).toEqual(["a", "b"]);
    expect(chosenFields(["id", "a", "bad", "b"], { ...context, fields: ["b"] })).toEqual(["b"]);
    expect(() => chosenFields(["id", "channel"], { ...context, fields: ["chanel"] })).toThrow(expect.objectContaining({ field: "fields", message: 'fields: no record has a column "chanel"; did you mean "channel"?' }));
    expect(() => chosenFields(["id", "bad"], { ...context, fields: ["bad"] })).toThrow(expect.objectContaining({ field: "fields", code: "target", message: expect.stringMatching(/^fields: bad is the target/) }));
    expect(() => chosenFields(["id", "a"], { ...context, fields: ["a", "a"] })).toThrow(expect.objectContaining({ field: "fields", code: "twice", message: "fields: a is given twice" }));
    expect(() => chosenFields(["id", "a"], { ...context, fields: ["a", ""] })).toThrow(/an empty name/);
  });

  it("a record typed for its fields: text booleans, numbers in a category, columns not fitted on left out", () => {
    const fields = [
      { name: "hasCar", type: "boolean", source: "inferred", present: 1, distinct: 2 },
      { name: "region", type: "category", source: "inferred", present: 1, distinct: 2 },
      { name: "age", type: "number", source: "built-in", present: 1, distinct: 2 },
    ] as const;
    expect(typedRecord({ id: 1, hasCar: "TRUE", region: 7, age: 30, other: "x", bad: "yes" }, fields, new Set(["id", "hasCar", "region", "age"]))).toEqual({ id: 1, hasCar: true, region: "7", age: 30 });
  });
});
