import { describe, expect, it } from "vitest";
import { tempWriter } from "./tempFiles.js";
import { runCli } from "./runCli.js";

// A profile over two lines whose first line is not a value on its own: one document by its
// syntax, even when a number in it is one JSON cannot keep (the shape must not hinge on that).
const write = tempWriter("suishendai-docnum-");

describe("a pretty-printed profile with a number JSON cannot keep is one document", () => {
  it("first line not a value on its own, 1e309 on line 2: one error line, exit 2 (file and stdin)", async () => {
    const text = '{"invited":true,"age":30,\n"monthlyIncome":1e309}\n';
    for (const argv of [["simulate", write("p.json", text)], ["simulate", "-"]]) {
      const r = await runCli(argv, {}, false, text);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: line 1: invalid JSON: field monthlyIncome: 1e309 is too large for a number\n"]);
    }
  });

  it("the same with { on its own line reads the same (it already did)", async () => {
    const r = await runCli(["simulate", "-"], {}, false, '{\n"invited":true,"age":30,\n"monthlyIncome":1e309}\n');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: line 1: invalid JSON: field monthlyIncome: 1e309 is too large for a number\n"]);
  });

  it("an integer too large to be exact, in the middle of three lines", async () => {
    const r = await runCli(["simulate", "-"], {}, false, '{"invited":true,\n"age":9007199254740993,\n"monthlyIncome":10000}\n');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: line 1: invalid JSON: field age: 9007199254740993 is too large to be exact (integers up to 9007199254740991)\n"]);
  });

  it("two lines that are each a whole value with 1e309 stay NDJSON: two error records, exit 1", async () => {
    const r = await runCli(["simulate", "-"], {}, false, '{"id":1,"monthlyIncome":1e309}\n{"id":2,"monthlyIncome":1e309}\n');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual([
      { line: 1, id: 1, error: "invalid JSON: field monthlyIncome: 1e309 is too large for a number" },
      { line: 2, id: 2, error: "invalid JSON: field monthlyIncome: 1e309 is too large for a number" },
    ]);
  });
});
