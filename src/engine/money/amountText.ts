import { Decimal } from "../decimal.js";

// An amount of money as people write it in China, read exactly (digits only,
// never a float): 10000, 12,345.67, 1,0000 (grouped by four), 1万, 1.5万, 5千,
// ¥10,000, ￥10000, 10000元, １００００. One unit at most: 1万5 could be
// 15,000 or 10,005 and 1万5千 is 1.5万 written long, so both are refused.

/** The spellings an error shows, so a refused amount says what would be read. */
export const AMOUNT_SPELLINGS = "10000, 12345.67, 10,000, 1,0000, 1万, 1.5万, 5千, ¥10000, 10000元";

/** What a unit character multiplies by. */
const UNITS: Readonly<Record<string, number>> = { 万: 10000, 千: 1000 };

// Sign, currency sign, digits (plain, by 3 or by 4), decimals, a unit, 元.
const AMOUNT = /^([+-]?)[¥]?((?:\d{1,3}(?:,\d{3})+)|(?:\d{1,4}(?:,\d{4})+)|\d+)(\.\d+)?([万千]?)元?$/;

/** Full-width digits and punctuation (an IME's ０-９，．￥) as their ASCII selves. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E\uFFE5\uFF0B\uFF0D]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0xffe5) return "¥";
    return String.fromCharCode(code - 0xfee0);
  });
}

/** The amount, or why it is not one: "format" (not a spelling above) or "decimals" (finer than a 分). */
export type AmountReading = { readonly ok: true; readonly value: Decimal } | { readonly ok: false; readonly problem: "format" | "decimals" };

/** Reads one amount exactly; the text may have spaces around it. */
export function readAmount(text: string): AmountReading {
  const match = AMOUNT.exec(halfWidth(text.trim()));
  if (!match) return { ok: false, problem: "format" };
  const [, sign = "", whole = "", fraction = "", unit = ""] = match;
  const value = new Decimal(`${sign}${whole.replace(/,/g, "")}${fraction}`).times(UNITS[unit] ?? 1);
  if (value.decimalPlaces() > 2) return { ok: false, problem: "decimals" };
  return { ok: true, value };
}
