import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/json/parseJson.js";
import { endsEarly, syntaxErrorAt } from "../../src/json/syntaxErrorAt.js";

// A JSON string of 10 million characters: the regular expression that scanned strings
// overflowed V8's stack on it, and a record's error became "Maximum call stack size exceeded".
const long = "a".repeat(10_000_000);

describe("a very long string in broken JSON", () => {
  it("the error is placed after it, in the parser's words", () => {
    const text = `{"id":"${long}","x":}`;
    expect(syntaxErrorAt(text)).toBe(text.length - 1);
    const parsed = parseJson(text);
    expect(parsed.ok ? "" : parsed.message).toBe(`line 1, column ${text.length}: unexpected character "}"`);
  });

  it("cut off inside it: the text ends early", () => {
    expect(endsEarly(`{"id":"${long}`)).toBe(true);
    expect(endsEarly(`{"id":"${long}\\u00`)).toBe(true);
    expect(endsEarly(`{"id":"${long}\\x`)).toBe(false);
  });
});
