import { Decimal, ZERO } from "../decimal.js";

// 分 ↔ Decimal without printing and parsing strings: decimal.js documents its
// value as sign `s`, exponent `e` and base-1e7 digit words `d`, the words
// aligned at the decimal point (1234.56 is d = [1234, 5600000], e = 3). Money
// is read and built straight in that form; a test checks both ways against the
// string path on every shape of amount.

/** The inside of a Decimal, as decimal.js documents it. */
interface DecimalParts {
  constructor: unknown;
  s: number;
  e: number;
  d: number[];
}

const WORD = 1e7;
const PROTOTYPE = Object.getPrototypeOf(new Decimal(1)) as object;

/** Decimal digits of a whole number from 1 to 9999999. */
function digitsOf(word: number): number {
  let digits = 1;
  for (let w = word; w >= 10; w /= 10) digits++;
  return digits;
}

/**
 * n × 10^−places for a safe integer n and 0 ≤ places ≤ 14, built from its
 * parts: (1234, 2) is 12.34.
 */
export function decimalOfScaled(n: number, places: number): Decimal {
  if (n === 0) return ZERO;
  const v = Math.abs(n);
  const scale = 10 ** places;
  const whole = Math.floor(v / scale);
  const fraction = (v - whole * scale) * 10 ** (14 - places); // 14 digits: two words below the point
  const [high, low] = [Math.floor(fraction / WORD), fraction % WORD];
  let words: number[];
  let e: number;
  if (whole === 0) {
    // Leading zero words are not kept; e counts the zeros before the first digit.
    words = high === 0 ? [low] : low === 0 ? [high] : [high, low];
    e = high === 0 ? -(14 - digitsOf(low)) - 1 : -(7 - digitsOf(high)) - 1;
  } else {
    let count = 1;
    for (let y = whole; y >= WORD; y = Math.floor(y / WORD)) count++;
    words = new Array<number>(count + (low ? 2 : high ? 1 : 0));
    let y = whole;
    for (let k = count - 1; k >= 0; k--, y = Math.floor(y / WORD)) words[k] = y % WORD;
    e = (count - 1) * 7 + digitsOf(words[0] as number) - 1;
    if (high || low) words[count] = high;
    if (low) words[count + 1] = low;
    while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  }
  // Fields in the order decimal.js's own constructor sets them (one hidden class).
  const x = Object.create(PROTOTYPE) as DecimalParts;
  x.constructor = Decimal;
  x.s = n < 0 ? -1 : 1;
  x.e = e;
  x.d = words;
  return x as unknown as Decimal;
}

/** An amount of `fen` 分; |fen| must stay below 2^53 (any amount up to about 9×10^13 元). */
export function decimalOfSafeFen(fen: number): Decimal {
  return decimalOfScaled(fen, 2);
}

/** The amount in whole 分 as a safe integer Number, or undefined (finer than a 分, too large, not finite). */
export function safeFenOf(amount: Decimal): number | undefined {
  const { d, e, s } = amount as unknown as DecimalParts;
  if (!d || e > 12) return undefined;
  // Word k of d is worth WORD^(top − k); a word below the point must be whole 分 (…00000).
  const top = Math.floor(e / 7);
  let fen = 0;
  for (let k = 0; k < d.length; k++) {
    const word = d[k] as number;
    const power = top - k;
    if (power >= 0) fen += word * WORD ** power * 100;
    else if (power === -1 && word % 1e5 === 0) fen += word / 1e5;
    else if (word !== 0) return undefined;
  }
  return s < 0 ? -fen : fen;
}
