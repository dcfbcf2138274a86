import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { readAmount } from "../../src/engine/money/amountText.js";
import { groupedMoney, money } from "../../src/views/format.js";

const value = (text: string) => {
  const read = readAmount(text);
  return read.ok ? read.value.toFixed() : read.problem;
};

describe("amounts as people write them", () => {
  // each spelling and what it means
  const SPELLINGS: Readonly<Record<string, string>> = {
    "10000": "10000",
    "12345.67": "12345.67",
    "10,000": "10000",
    "1,234,567.5": "1234567.5",
    // 万 is ten thousand, 千 a thousand: 1.5 × 10,000 = 15,000; 0.25 × 1,000 = 250.
    "1万": "10000",
    "1.5万": "15000",
    "5千": "5000",
    "0.25千": "250",
    "1.234567万": "12345.67",
    "¥10,000": "10000",
    "￥10000": "10000",
    "10000元": "10000",
    "1万元": "10000",
    "１００００": "10000",
    "１．５万": "15000",
    // grouped by four, as 万 groups: 1,0000 = 1万; 1,2345,6789 = 123,456,789
    "1,0000": "10000",
    "1,2345,6789": "123456789",
    " 2万 ": "20000",
  };
  it.each(Object.entries(SPELLINGS))("%s is %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(["1万5", "1万5千", "1.2.3", "10,00", "1,000,0000", "1000,000", "万", "1e4", "0x10", "1 万", "abc", "", "¥", "10000元元", "1万万", "Infinity", "NaN", "１万５"])("%j is refused", (text) => {
    expect(value(text)).toBe("format");
  });

  it.each(["10000.123", "1.2345678万"])("%s is finer than a 分", (text) => {
    expect(value(text)).toBe("decimals");
  });
});

describe("an amount the tool prints parses back to itself", () => {
  const fen = fc.bigInt({ min: 0n, max: 100_000_000_000n });
  const amount = (f: bigint) => new Decimal(f.toString()).div(100);

  it("money (10000.00) and groupedMoney (10,000.00)", () => {
    fc.assert(
      fc.property(fen, (f) => {
        const d = amount(f);
        for (const text of [money(d), groupedMoney(d), `¥${groupedMoney(d)}`, `${money(d)}元`]) {
          const read = readAmount(text);
          expect(read.ok && read.value.eq(d), text).toBe(true);
        }
      }),
    );
  });

  it("the same amount in 万 and in full-width digits", () => {
    fc.assert(
      fc.property(fen, (f) => {
        const d = amount(f);
        const wan = `${d.div(10000).toFixed()}万`;
        const wide = money(d).replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
        for (const text of [wan, wide]) {
          const read = readAmount(text);
          expect(read.ok && read.value.eq(d), text).toBe(true);
        }
      }),
    );
  });
});
