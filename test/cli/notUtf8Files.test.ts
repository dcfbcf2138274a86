import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { utf8Whole } from "../../src/cli/strictUtf8.js";
import { runBin } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// A whole file an option names (a policy, the offers) that holds a byte that
// is not UTF-8 is refused by line and byte, exit 2: read as U+FFFD it would
// silently change a name.

const write = tempWriter("suishendai-not-utf8-");
const dir = write("x", "").replace(/x$/, "");
const policy = readFileSync(new URL("../../data/default-policy.json", import.meta.url));
// "{\n" then `  "name": ` (10 bytes): the 0xff is the 13th byte, on line 2.
const at = policy.indexOf('"name"') + 8;
const BAD_POLICY = `${dir}bad-policy.json`;
writeFileSync(BAD_POLICY, Buffer.concat([policy.subarray(0, at), Buffer.from([0xff]), policy.subarray(at)]));
const GOOD_POLICY = write("good-policy.json", policy.toString("utf8"));
// `[{"name":"a` is 11 bytes: the 0xc3 cut short by `"` is the 12th.
const BAD_OFFERS = `${dir}bad-offers.json`;
writeFileSync(BAD_OFFERS, Buffer.concat([Buffer.from('[{"name":"a'), Buffer.from([0xc3]), Buffer.from('","apr":12,"terms":12}]')]));

describe("a policy or offers file that is not UTF-8: exit 2, one line naming the option, the line and the byte", () => {
  it.each([
    ["--policy", ["fit", "-", "--target", "defaulted", "--policy", BAD_POLICY], `error: --policy ${BAD_POLICY}: not UTF-8 at line 2 (byte 13)\n`],
    ["policy lint", ["policy", "lint", BAD_POLICY], `error: policy ${BAD_POLICY}: not UTF-8 at line 2 (byte 13)\n`],
    ["policy diff", ["policy", "diff", GOOD_POLICY, BAD_POLICY], `error: policy ${BAD_POLICY}: not UTF-8 at line 2 (byte 13)\n`],
    ["--challenger", ["portfolio", "-", "--challenger", BAD_POLICY], `error: --challenger ${BAD_POLICY}: not UTF-8 at line 2 (byte 13)\n`],
    ["--offers", ["compare", "10000", "--offers", BAD_OFFERS], `error: --offers ${BAD_OFFERS}: not UTF-8 at line 1 (byte 12)\n`],
  ])("%s", (_name, argv, message) => {
    const r = runBin(argv);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", message]);
  });
});

describe("utf8Whole", () => {
  const bytes = (...b: (string | number[])[]) => Buffer.concat(b.map((x) => (typeof x === "string" ? Buffer.from(x) : Buffer.from(x))));

  it("UTF-8 text as it is, a BOM kept", () => {
    expect(utf8Whole(bytes([0xef, 0xbb, 0xbf], "{\"名\":1}\n"))).toBe("\ufeff{\"名\":1}\n");
  });

  it.each([
    ["a lone continuation byte", bytes("ab\ncd", [0x80], " and some text after it"), "line 2 (byte 6)"],
    ["an overlong '/'", bytes("x", [0xc0, 0xaf]), "line 1 (byte 2)"],
    ["a surrogate encoded", bytes("\n\n", [0xed, 0xa0, 0x80], "{\"id\": \"a long enough line\"}"), "line 3 (byte 3)"],
    ["a character cut off at the end", bytes("名", [0xe5, 0x90]), "line 1 (byte 4)"],
  ])("%s: refused by line and byte", (_name, input, where) => {
    expect(() => utf8Whole(input)).toThrow(`not UTF-8 at ${where}`);
  });
});

describe("utf8Whole on what is not text at all", () => {
  it("gzip is returned as read: the policy or offers reader says it is gzip", () => {
    expect(utf8Whole(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]))).toBe("\u001f\ufffd\b\u0000\u0000\u0000");
  });
});
