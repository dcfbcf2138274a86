import { describe, expect, it } from "vitest";
import { readProfile, recordId } from "../../../src/app/batch/readProfile.js";
import { recordValue } from "../../../src/app/batch/recordValue.js";
import { parseOverride } from "../../../src/app/overrides.js";

const profile = { id: "u1", invited: true, age: 30, monthlyIncome: 8000 };

describe("readProfile, the one reading step of simulate and portfolio", () => {
  it("reads text, a value, and keeps the value as read beside the one --set changed", () => {
    const read = readProfile({ line: 3, text: JSON.stringify(profile) }, [parseOverride("age=40")], undefined);
    expect("profile" in read && [read.profile.age, (read.value as { age: number }).age, (read.input as { age: number }).age]).toEqual([40, 30, 40]);
  });

  it("names a record it cannot use by line and id, null when there is no usable id (never undefined)", () => {
    expect(readProfile({ line: 2, text: '{"id": 7, "age": ' }, [], undefined)).toMatchObject({ line: 2, id: 7 });
    expect(readProfile({ line: 4, text: "{" }, [], undefined)).toMatchObject({ line: 4, id: null });
    expect(readProfile({ line: 5, value: { ...profile, id: true, age: "x" } }, [], undefined)).toMatchObject({ line: 5, id: null });
    expect(readProfile({ line: 6, value: { ...profile, age: "x" } }, [], undefined)).toMatchObject({ line: 6, id: "u1" });
  });

  it("names a failing record by its id as read, not as --set changed it (portfolio keys its draws and digest so)", () => {
    expect(readProfile({ line: 7, value: { ...profile, age: "x" } }, [parseOverride("id=zz")], undefined)).toMatchObject({ line: 7, id: "u1" });
  });

  it("counts unknown fields, or (strict) makes the first one the record's error", () => {
    const fields = { strict: false, unknown: new Map<string, number>() };
    readProfile({ line: 1, value: { ...profile, zhimascore: 1 } }, [], undefined, fields);
    expect([...fields.unknown]).toEqual([["zhimascore", 1]]);
    const strict = readProfile({ line: 1, value: { ...profile, zhimascore: 1 } }, [], undefined, { strict: true, unknown: new Map() });
    expect(strict).toEqual({ line: 1, id: "u1", error: 'unknown field "zhimascore" (did you mean "zhimaScore"?)' });
  });

  it("recordId and recordValue", () => {
    expect([recordId({ id: "a" }), recordId({ id: 1 }), recordId({ id: {} }), recordId([1]), recordId(null)]).toEqual(["a", 1, null, null, null]);
    expect(recordValue({ line: 1, text: "[1]" })).toEqual({ value: [1] });
    expect(recordValue({ line: 1, parseError: "bad", id: 9 })).toEqual({ error: "bad", id: 9 });
  });
});
