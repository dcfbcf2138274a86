import { describe, expect, it } from "vitest";
import { readRecords, type ReadOptions } from "../../../src/app/batch/readRecords.js";
import type { InputRecord } from "../../../src/app/batch/inputRecord.js";
import { typedCell } from "../../../src/app/batch/csvCell.js";
import { BUILT_IN_FIELD_TYPES, declaredFieldTypes } from "../../../src/app/batch/csvFieldTypes.js";
import { formatFor } from "../../../src/app/batch/inputFormat.js";

async function records(text: string, options: ReadOptions = {}): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const batch of readRecords({ chunks: [text] as unknown as AsyncIterable<string> }, () => {}, options)) out.push(...batch);
  return out;
}

describe("a CSV cell typed by its column", () => {
  it("the built-in fields: numbers, flags, ids; the request nested", () => {
    expect(BUILT_IN_FIELD_TYPES.get("age")).toBe("number");
    expect(BUILT_IN_FIELD_TYPES.get("invited")).toBe("boolean");
    expect(BUILT_IN_FIELD_TYPES.get("id")).toBe("id");
    expect(BUILT_IN_FIELD_TYPES.get("request.terms")).toBe("integer");
    expect(BUILT_IN_FIELD_TYPES.has("request")).toBe(false);
  });

  it("numbers: plain decimals, spaces around ignored; other text kept for validation to refuse", () => {
    const n = (text: string) => typedCell(text, "number", "age");
    expect([n("30"), n(" 30 "), n("-1.5"), n(".5"), n("007"), n("0.10")]).toEqual([{ value: 30 }, { value: 30 }, { value: -1.5 }, { value: 0.5 }, { value: 7 }, { value: 0.1 }]);
    expect([n("abc"), n("1e3"), n("1,000"), n("+1")]).toEqual([{ value: "abc" }, { value: "1e3" }, { value: "1,000" }, { value: "+1" }]);
    expect(n("9007199254740993")).toEqual({ error: "field age: 9007199254740993 is too large to be exact (integers up to 9007199254740991)" });
  });

  it("flags: true/false, TRUE/FALSE, True/False, 1/0; anything else kept", () => {
    const b = (text: string) => typedCell(text, "boolean", "invited");
    expect(["true", "TRUE", "True", "1", "false", "FALSE", "False", "0", "yes"].map(b)).toEqual([true, true, true, true, false, false, false, false, "yes"].map((value) => ({ value })));
  });

  it("ids: a canonical safe integer is a number; 007, -7, 7.0 and long ones stay text", () => {
    const id = (text: string) => typedCell(text, "id", "id");
    expect(["7", "0", "007", "-7", "7.0", "12345678901234567890", "A7"].map(id)).toEqual([7, 0, "007", "-7", "7.0", "12345678901234567890", "A7"].map((value) => ({ value })));
  });

  it("categories keep their text; a column of no known type is a number when it is a plain decimal", () => {
    expect([typedCell("7", "category", "channel"), typedCell(" app ", "category", "channel")]).toEqual([{ value: "7" }, { value: " app " }]);
    expect(["1", "0.25", "x", " 2 ", "12345678901234567890"].map((t) => typedCell(t, undefined, "extra"))).toEqual([1, 0.25, "x", 2, "12345678901234567890"].map((value) => ({ value })));
  });

  it("missing spellings leave the key out, whatever the type", () => {
    for (const text of ["", "NA", "N/A", "NaN", "null", "NULL", "#N/A", "  "]) for (const type of ["number", "boolean", "id", "category", undefined] as const) expect(typedCell(text, type, "f")).toBeUndefined();
    expect(typedCell("na", undefined, "f")).toEqual({ value: "na" });
  });
});

describe("a CSV row as the record NDJSON would give", () => {
  it("request.amount and request.terms make the request; missing cells are absent keys", async () => {
    const text = "id,invited,age,monthlyIncome,zhimaScore,request.amount,request.terms,channel\n" + "007,TRUE,30,8000,NA,5000,12,app\n" + "7,0,41,12000.50,700,1.5万,,\n" + "8,false,,,,,,\n";
    expect(await records(text)).toEqual([
      { line: 2, value: { id: "007", invited: true, age: 30, monthlyIncome: 8000, request: { amount: 5000, terms: 12 }, channel: "app" } },
      { line: 3, value: { id: 7, invited: false, age: 41, monthlyIncome: 12000.5, zhimaScore: 700, request: { amount: "1.5万" } } },
      { line: 4, value: { id: 8, invited: false } },
    ]);
  });

  it("declared field types type their columns (a category of digits stays text)", async () => {
    const fieldTypes = new Map([["channel", "category"], ["queries6m", "integer"], ["hasCar", "boolean"]] as const);
    expect(await records("id,channel,queries6m,hasCar\n1,7,3,1\n", { fieldTypes })).toEqual([{ line: 2, value: { id: 1, channel: "7", queries6m: 3, hasCar: true } }]);
    expect(await records("id,channel,queries6m,hasCar\n1,7,3,1\n")).toEqual([{ line: 2, value: { id: 1, channel: 7, queries6m: 3, hasCar: 1 } }]);
  });

  it("a policy's declared fields as column types", () => {
    const fields = [{ name: "queries6m", type: "number", integer: true, missing: true }, { name: "ratio", type: "number" }, { name: "channel", type: "category", levels: ["app"] }, { name: "hasCar", type: "boolean" }] as const;
    expect([...declaredFieldTypes({ fields })]).toEqual([["queries6m", "integer"], ["ratio", "number"], ["channel", "category"], ["hasCar", "boolean"]]);
    expect(declaredFieldTypes({}).size + declaredFieldTypes(undefined).size).toBe(0);
  });

  it("a number JSON cannot keep is the record's error, with its id", async () => {
    expect(await records("id,age\nx1,1e400\nx2,99999999999999999999\n")).toEqual([
      { line: 2, value: { id: "x1", age: "1e400" } },
      { line: 3, parseError: "field age: 99999999999999999999 is too large to be exact (integers up to 9007199254740991)", id: "x2" },
    ]);
  });

  it("a header named __proto__ is an own key, as JSON.parse makes it", async () => {
    const [record] = await records("id,__proto__\n1,2\n");
    const value = (record as { value: object }).value;
    expect([Object.getPrototypeOf(value), Object.keys(value), JSON.stringify(value)]).toEqual([Object.prototype, ["id", "__proto__"], '{"id":1,"__proto__":2}']);
  });
});

describe("which format", () => {
  it("by the name under auto: .csv is CSV, .json/.ndjson/.jsonl JSON (any case); stdin and other names by the text", () => {
    expect(["a.csv", "A.CSV", "a.json", "b.NDJSON", "c.jsonl", "d.txt", "-", "csv"].map((p) => formatFor("auto", p))).toEqual(["csv", "csv", "json", "json", "json", "auto", "auto", "auto"]);
    expect([formatFor("json", "a.csv"), formatFor("csv", "a.ndjson"), formatFor("csv", "-")]).toEqual(["json", "csv", "csv"]);
  });

  const shapeOf = async (text: string, options: ReadOptions = {}) => {
    let shape: string | undefined;
    for await (const _ of readRecords({ chunks: [text] as unknown as AsyncIterable<string> }, (s) => (shape = s), options));
    return shape;
  };
  it("by the first character after a BOM and blanks: { or [ is JSON, anything else CSV; --input-format says otherwise", async () => {
    expect(await Promise.all(['{"id":1}\n{"id":2}\n', '\ufeff  [{"id":1}]', "\ufeff\n id,age\n1,2\n", '"id","age"\n1,2\n'].map((t) => shapeOf(t)))).toEqual(["ndjson", "array", "csv", "csv"]);
    expect(await shapeOf('{"id":1}\n{"id":2}\n', { format: "csv" })).toBe("csv");
    expect(await shapeOf("id\n", { format: "json" })).toBe("ndjson");
  });
});
