import { describe, expect, it } from "vitest";
import { encodingProblem } from "../../src/json/encoding.js";
import { isJsonSyntax, parseJson } from "../../src/json/parseJson.js";

describe("parseJson: errors at the place the user wrote them", () => {
  it.each([
    // line 3 is "}" after a trailing comma: the error is there, at column 1
    ['{\n "a": 1,\n}', "line 3, column 1: Expected double-quoted property name"],
    // the second document starts at line 2, column 1
    ['{"a":1}\n{"b":2}', "line 2, column 1: more than one JSON value"],
    // 6 characters, the end is column 7
    ['{"a":1', "line 1, column 7: the text ends before the JSON value is complete (unexpected end of input: truncated?)"],
    // a BOM is not counted as a column of its own... the x is the 8th character after it
    ['\ufeff{"a":1}x', "line 1, column 9: more than one JSON value"],
    // numbers JSON cannot keep, quoted as written
    ['{"z": 1e309}', "field z: 1e309 is too large for a number"],
    ['{"z": 9007199254740993}', "field z: 9007199254740993 is too large to be exact (integers up to 9007199254740991)"],
    ['{"z": 1e-400}', "field z: 1e-400 is too small for a number (it would become 0)"],
  ])("%j", (text, message) => {
    expect(parseJson(text)).toEqual({ ok: false, message, ...(message.startsWith("line ") ? { located: true } : {}) });
  });

  it.each([
    // a literal or a number cut off at the end: the text ended, not a bad token (V8: "Unexpected end of JSON input")
    ["a literal cut off", '{"id":"a","invited":tr', "line 1, column 21: the text ends before the JSON value is complete (unexpected end of input: truncated?)"],
    ["a fraction cut off", '{"a":1.', "line 1, column 7: the text ends before the JSON value is complete (unexpected end of input: truncated?)"],
    ["a minus sign alone", '{"a":-', "line 1, column 6: the text ends before the JSON value is complete (unexpected end of input: truncated?)"],
    // a line of x's: the first character, in words (V8: "Unexpected token 'x', "xxx…" is not valid JSON")
    ["100,000 x's", "x".repeat(100_000), 'line 1, column 1: unexpected character "x"'],
    // nothing at all (V8: "Unexpected end of JSON input")
    ["no text", "", "the text is empty: no JSON value in it"],
    ["blanks", " \n ", "the text is empty: no JSON value in it"],
  ])("in words, never V8's: %s", (_name, text, message) => {
    expect(parseJson(text)).toEqual({ ok: false, message, ...(message.startsWith("line ") ? { located: true } : {}) });
  });

  it("V8 gives no position for a bad literal; the place is still found", () => {
    // {"a":[1,2,{"b":  is 15 characters: "tru" starts at column 16
    expect((parseJson('{"a":[1,2,{"b":tru}]}') as { message: string }).message).toMatch(/^line 1, column 16: /);
  });

  it("counts lines from the record's first line", () => {
    expect(parseJson("{\n}}", 7)).toEqual({ ok: false, message: "line 8, column 2: more than one JSON value", located: true });
  });

  it("keeps exact numbers and digits inside strings", () => {
    expect(parseJson('{"z":"9007199254740993","y":9007199254740991,"x":1e300}')).toEqual({ ok: true, value: { z: "9007199254740993", y: 9007199254740991, x: 1e300 } });
  });

  it("a UTF-8 BOM is accepted", () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("finds an error after 200,000 levels of nesting without recursion", () => {
    const r = parseJson(`${"[".repeat(200_000)}x`);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toMatch(/^line 1, column 200001: |^nested too deeply$/);
  });
});

describe("encodingProblem", () => {
  it.each([
    ["\ufffd\ufffd{\u0000", /UTF-16/],
    ['{\u0000"\u0000i\u0000d\u0000"\u0000', /looks like UTF-16/],
    ["\u0000".repeat(600), /binary data/],
  ])("case %#", (text, message) => expect(encodingProblem(text)).toMatch(message));

  it("plain text, and a single NUL line in NDJSON, are text", () => {
    expect(encodingProblem('{"a":1}\n\u0000\n{"b":2}\n')).toBeUndefined();
  });
});

describe("isJsonSyntax: the shape of an input is decided by syntax, not by its numbers", () => {
  it.each([
    ['{"z": 1e309}', true], // parseJson refuses the number, but the text is one JSON value
    ['\ufeff{"z": 9007199254740993}', true],
    ['{"invited":true,"age":30,', false],
    ['"monthlyIncome":1e309}', false],
    ['{"a":1}\n{"b":2}', false],
  ])("%j → %s", (text, expected) => expect(isJsonSyntax(text)).toBe(expected));
});
