import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { amortizeFen, fromFen, installmentFen } from "../../src/engine/money/fen.js";
import { dailyRateOf, monthlyRateOf, toFenRate, type Rate } from "../../src/engine/rates.js";
import { amortizeDecimal, installmentDecimal } from "../oracles/decimalReference.js";

// The integer 分 core must give exactly what the decimal.js rules give.
const loan = (maxTerms: number) =>
  fc.record({
    fen: fc.integer({ min: 1, max: 100_000_000_000 }),
    apr: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((x) => new Decimal(x).div(10_000)), fc.constantFrom(...["7.3", "12.775", "23.725", "9.125", "18.25", "24", "0", "100"].map((x) => new Decimal(x)))),
    n: fc.integer({ min: 1, max: maxTerms }),
    daily: fc.boolean(),
    kind: fc.constantFrom<"installment" | "principal">("installment", "principal"),
  });

/** Both paths' schedule as one string, so a mismatch shows where. */
function agree({ fen, apr, n, daily, kind }: { fen: number; apr: Decimal; n: number; daily: boolean; kind: "installment" | "principal" }): boolean {
  const amount = new Decimal(fen).div(100);
  const rates: Rate[] = Array.from({ length: n }, (_, k) => (daily ? dailyRateOf(apr, 365, 28 + (k % 4)) : monthlyRateOf(apr)));
  const monthly = monthlyRateOf(apr);
  const fixedDecimal = kind === "installment" ? installmentDecimal(amount, monthly, n) : amount.div(n).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const fixedFen = kind === "installment" ? installmentFen(BigInt(fen), toFenRate(monthly), n) : (2n * BigInt(fen) + BigInt(n)) / (2n * BigInt(n));
  const d = amortizeDecimal(kind, amount, rates, fixedDecimal);
  const f = amortizeFen(kind, BigInt(fen), rates.map(toFenRate), fixedFen);
  const decimalText = [fixedDecimal, ...d.flatMap((row) => [row.payment, row.principal, row.interest, row.balance])].map((x) => x.toFixed(2)).join(" ");
  const fenText = [fixedFen, ...f.payment.flatMap((p, k) => [p, f.principal[k]!, f.interest[k]!, f.balance[k]!])].map((x) => fromFen(x).toFixed(2)).join(" ");
  if (decimalText !== fenText) expect(fenText).toBe(decimalText);
  return true;
}

// A budget knob, as the fuzz tests have: `npm test` checks 2,000 loans up to 24 terms and 300
// up to 360, `npm run test:slow` 12,000 and 2,000; `npm run test:oracle` 100,000 (INTEGER_PATH_RUNS=100000).
const RUNS = Number(process.env.INTEGER_PATH_RUNS ?? runs(2_000, 12_000));
const LONG_RUNS = runs(300, 2_000);

describe("integer 分 and decimal paths agree", () => {
  it(`on ${RUNS.toLocaleString("en")} generated loans up to 24 terms`, () => {
    fc.assert(fc.property(loan(24), (l) => agree(l)), { numRuns: RUNS });
  });

  it(`on ${LONG_RUNS.toLocaleString("en")} generated loans up to 360 terms`, () => {
    fc.assert(fc.property(loan(360), (l) => agree(l)), { numRuns: LONG_RUNS });
  });

  it("rounds an exact half 分 up, where a rounded APR/12 would round it down", () => {
    // 12.775%/12 = 511/48000. B = 4,800,000 + 24,000/511·… : pick B with B·511 ≡ 24,000 (mod 48,000)
    // by search, so B·r is exactly k + ½ 分; the exact rule rounds up.
    let b = 1n;
    while ((b * 511n) % 48_000n !== 24_000n) b++;
    const r = toFenRate(monthlyRateOf("12.775"));
    const exact = b * 511n;
    expect(amortizeFen("principal", b, [r], 0n).interest[0]).toBe(exact / 48_000n + 1n);
    expect(exact % 48_000n).toBe(24_000n);
  });
});
