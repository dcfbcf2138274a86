import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../src/engine/boundedMemo.js";

describe("boundedMemo", () => {
  it("computes a key once, and starts afresh (computing again) once it holds `max` keys", () => {
    const calls: string[] = [];
    const memo = boundedMemo<number>(2);
    const get = (key: string) => memo(key, () => (calls.push(key), key.length));
    expect([get("a"), get("a"), get("bb"), get("a")]).toEqual([1, 1, 2, 1]);
    expect(calls).toEqual(["a", "bb"]);
    get("ccc"); // a third key: the two held are dropped
    get("a");
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });
});
