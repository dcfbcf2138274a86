import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { amortizeFen, fenRowsToDecimal, fromFen, toFen } from "../../src/engine/money/fen.js";
import { decimalOfScaled, safeFenOf } from "../../src/engine/money/fenDecimal.js";
import { amortizedRows } from "../../src/engine/money/safeFen.js";
import { monthlyRateOf, toFenRate, dailyRateOf } from "../../src/engine/rates.js";

// The fast paths build and read decimal.js values from their parts; the
// reference is decimal.js parsing the digits written out as text.

/** n × 10^−places written out, e.g. (−1234, 2) → "-12.34". */
function written(n: bigint, places: number): string {
  const digits = (n < 0n ? -n : n).toString().padStart(places + 1, "0");
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return n < 0n ? `-${text}` : text;
}

const parts = (d: Decimal) => JSON.stringify([d.s, d.e, (d as unknown as { d: number[] }).d]);
const safe = fc.oneof(fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), fc.bigInt({ min: -100_000n, max: 100_000n }), fc.constantFrom(10_000_000n, 100_000_000n, 1_000_000_000_000n, 99n, 100n, 1n, -1n));

describe("money from its decimal.js parts", () => {
  it("builds the same Decimal as parsing the digits, for every safe integer and 0…14 places", () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 14 }), (n, places) => {
        const built = decimalOfScaled(Number(n), places);
        const parsed = new Decimal(written(n, places));
        expect(built.eq(parsed)).toBe(true);
        if (n !== 0n) expect(parts(built)).toBe(parts(parsed)); // same normal form, so every method behaves alike
        expect(built.toFixed(places + 1)).toBe(parsed.toFixed(places + 1));
      }),
      { numRuns: runs(4_000, 20_000) },
    );
  });

  it("reads whole 分 back, and refuses what is finer than a 分 or too large", () => {
    fc.assert(
      fc.property(safe, (fen) => {
        const amount = new Decimal(written(fen, 2));
        const expected = amount.abs().lt("1e13") ? Number(fen) : undefined;
        expect(safeFenOf(amount) === undefined ? undefined : safeFenOf(amount)! + 0).toBe(expected === undefined ? undefined : expected + 0);
        expect(toFen(amount)).toBe(fen);
        expect(fromFen(fen).eq(amount)).toBe(true);
      }),
      { numRuns: runs(4_000, 20_000) },
    );
    for (const finer of ["0.001", "12.345", "1e-9", "0.125"]) expect(safeFenOf(new Decimal(finer))).toBeUndefined();
    expect(safeFenOf(new Decimal("1e13"))).toBeUndefined();
    expect(safeFenOf(new Decimal(NaN))).toBeUndefined();
    expect(safeFenOf(new Decimal(Infinity))).toBeUndefined();
  });

  it("amortizes in Numbers exactly as in BigInt, and falls back to BigInt beyond 2^53", () => {
    const loan = fc.record({
      fen: fc.oneof(fc.bigInt({ min: 1n, max: 100_000_000_000n }), fc.bigInt({ min: 2n ** 50n, max: 2n ** 60n })),
      apr: fc.integer({ min: 0, max: 1_000_000 }).map((x) => new Decimal(x).div(10_000)),
      n: fc.integer({ min: 1, max: 60 }),
      daily: fc.boolean(),
      kind: fc.constantFrom<"installment" | "principal">("installment", "principal"),
      fixed: fc.bigInt({ min: 0n, max: 100_000_000n }),
    });
    fc.assert(
      fc.property(loan, ({ fen, apr, n, daily, kind, fixed }) => {
        const rates = Array.from({ length: n }, (_, k) => toFenRate(daily ? dailyRateOf(apr, 365, 28 + (k % 4)) : monthlyRateOf(apr)));
        const text = (rows: ReturnType<typeof amortizedRows>) => rows.map((r) => [r.payment, r.principal, r.interest, r.fee, r.balance].map((x) => x.toFixed(2)).join(" ")).join("\n");
        expect(text(amortizedRows(kind, fen, rates, fixed))).toBe(text(fenRowsToDecimal(amortizeFen(kind, fen, rates, fixed))));
      }),
      { numRuns: runs(1_000, 5_000) },
    );
  });
});
