import { describe, expect, it } from "vitest";
import { Utf8Text } from "../../src/app/batch/utf8Text.js";
import { NOT_UTF8 } from "../../src/json/encoding.js";

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

function decodeIn(pieces: Uint8Array[]): string {
  const d = new Utf8Text();
  return pieces.map((p) => d.decode(p)).join("") + d.end();
}

describe("Utf8Text", () => {
  const text = bytes('{"id":"随身贷 𠀀 é"}\n{"id":"ok"}\n');

  it("a character split between two chunks at any byte is decoded whole", () => {
    for (let cut = 0; cut <= text.length; cut++) expect(decodeIn([text.subarray(0, cut), text.subarray(cut)])).toBe('{"id":"随身贷 𠀀 é"}\n{"id":"ok"}\n');
  });

  // The mark stands before the piece of the line that held the bytes (a line may span chunks): anywhere in the line.
  it("a byte that is not UTF-8 marks its line only; a real U+FFFD (EF BF BD) is text", () => {
    // 0xE9 alone is Latin-1 é: not UTF-8.
    const input = bytes('{"id":"a', [0xe9], 'b"}\n{"id":"\uFFFD"}\n{"id":"c"}');
    expect(decodeIn([input])).toBe(`${NOT_UTF8}{"id":"a\uFFFDb"}\n{"id":"\uFFFD"}\n{"id":"c"}`);
  });

  it("a character cut off at the end of the input is not UTF-8", () => {
    expect(decodeIn([bytes('{"id":"a"}\n{"id":"', [0xe9, 0x9a])])).toBe(`{"id":"a"}\n{"id":"${NOT_UTF8}\uFFFD`);
  });

  it("a BOM inside the text is kept (only the input's first is dropped, by textChunks)", () => {
    expect(decodeIn([bytes("a"), bytes([0xef, 0xbb, 0xbf], "b")])).toBe("a\uFEFFb");
  });
});
