import DecimalJs from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { money, percent } from "../../src/views/format.js";

// money() and percent() write a value that needs no rounding from its digits
// (format.ts, padded); decimal.js's own toFixed is the reference.
const digits = fc.bigInt({ min: 0n, max: 10n ** 45n });
const scale = fc.integer({ min: -3, max: 6 });
const decimal = (Ctor: typeof DecimalJs) => fc.tuple(digits, scale).map(([m, k]) => new Ctor(`${m}e${-k}`));

describe("money and percent", () => {
  it("equal toFixed for every value, in the private Decimal and in decimal.js's own configuration", () => {
    for (const Ctor of [Decimal, DecimalJs]) {
      fc.assert(
        fc.property(decimal(Ctor), (d) => {
          if (d.decimalPlaces() <= 2) expect(money(d)).toBe(d.toFixed(2));
          if (d.decimalPlaces() <= 4) expect(percent(d)).toBe(d.toFixed(4));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it("pads plain digits: 5000 → 5000.00, 12.5 → 12.5000, 0 → 0.00, 1e25 → 10000000000000000000000000.00", () => {
    expect([money(new Decimal(5000)), percent(new Decimal("12.5")), money(new Decimal(0)), money(new DecimalJs("1e25"))]).toEqual(["5000.00", "12.5000", "0.00", "10000000000000000000000000.00"]);
  });
});
