import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodingProblem } from "../../src/json/encoding.js";
import { parseJson } from "../../src/json/parseJson.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";

// Bytes that are not text are named for what they are, in printable words,
// and never echoed back: a terminal shown raw binary shows garbage.

const decoded = (bytes: readonly number[] | Uint8Array) => new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
/** 200 bytes from a fixed linear congruential sequence: random-looking binary, the same every run. */
const noise = (first: readonly number[]) => [...first, ...Array.from({ length: 196 }, (_, i) => (i * 1103515245 + 12345) % 256)];

describe("encodingProblem", () => {
  it("random binary starting 88 fa 38 89 (no byte order mark) is binary, not UTF-16", () => {
    const problem = encodingProblem(decoded(noise([0x88, 0xfa, 0x38, 0x89])));
    expect(problem).toBe("it is binary data, not text");
  });

  it("gzip (1f 8b) is named, with how to read it", () => {
    expect(encodingProblem(decoded(gzipSync('{"age":30}\n')))).toBe("it is gzip-compressed: decompress it first, e.g. gunzip -c FILE | suishendai …");
  });

  it("UTF-16 with its byte order mark (ff fe, then a NUL beside each ASCII character) is still named as such", () => {
    const utf16 = [0xff, 0xfe, ...[...'{"age": 30}'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(encodingProblem(decoded(utf16))).toMatch(/^it is UTF-16 or UTF-32 text \(it starts with that byte order mark\)/);
  });

  it("UTF-8 text with a stray bad byte is left to the JSON reader", () => {
    expect(encodingProblem(decoded([...Buffer.from('{"name":"caf'), 0xe9, ...Buffer.from('","age":30}\n')]))).toBeUndefined();
  });
});

describe("parseJson never echoes unprintable text", () => {
  it("a long broken line: the message quotes none of it", () => {
    const message = (parseJson(`x${"\u0002\ufffd".repeat(20)}`) as { message: string }).message;
    // V8 adds `, "x\u0002…"... is not valid JSON`: the copy of the text goes
    expect(message).toBe("line 1, column 1: unexpected character \"x\"");
  });
});

describe("gzip given to simulate and fit", () => {
  const file = tempWriter("suishendai-gzip-")("in.ndjson.gz", "");
  it.each([["simulate"], ["fit"]])("%s: exit 2, one printable line naming gzip", async (command) => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, gzipSync(`${'{"age":30}\n'.repeat(50)}`));
    const r = await runCli([command, file]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: input: ${file} is not UTF-8 text: it is gzip-compressed: decompress it first, e.g. gunzip -c FILE | suishendai …\n`);
  });
});
