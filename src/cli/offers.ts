import type { Decimal } from "../engine/decimal.js";
import type { LoanOffer } from "../engine/compare.js";
import type { IsoDate } from "../engine/dates.js";
import { toLoanTerms, type FieldLabel, type LoanFields } from "./loanFields.js";
import { parseLoanAmount } from "./parseInputs.js";
import { UsageError } from "../app/errors.js";
import { OFFER_KEY_WORDS } from "./optionNames.js";
import { encodingProblem } from "../json/encoding.js";
import { parseJson } from "../json/parseJson.js";

/** Keys an offer may price with: `quote`'s option names without dashes. */
const PRICE_KEYS = ["name", "amount", "apr", "daily-rate", "terms", "method", "interest", "fee-rate", "total-fee-rate", "upfront-fee", "monthly-fee", "finance-fee", "year-basis", "due-day", "min-first-days", "fee-residual", "principal-rounding"];
/** Keys that document a preset (its id, where its price was read, and when) and do not price it. */
const NOTE_KEYS = ["id", "source", "as-of", "note", "url"];

/** A raw offer: kebab-case keys, text values (booleans for flags). */
export type OfferRecord = Readonly<Record<string, string | boolean>>;

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

/** An offer as messages name it: `offer 2 ("借呗")`, or `offer 1` when it has no name. */
export function offerWhere(index: number, name: unknown): string {
  return typeof name === "string" && name.trim() !== "" ? `offer ${index} (${JSON.stringify(name.trim())})` : `offer ${index}`;
}

/** `name=随身贷,apr=7.3,terms=12` → record; a bare key means true (`finance-fee`). `index` counts offers from 1. */
export function parseOfferString(text: string, index: number): OfferRecord {
  const parts = text.split(",");
  const named = parts.find((p) => p.trim().startsWith("name="));
  const where = offerWhere(index, named?.slice(named.indexOf("=") + 1));
  // No prototype: `__proto__=1` is a key like any other (refused as unknown), not the object's prototype.
  const record: Record<string, string | boolean> = Object.create(null) as Record<string, string | boolean>;
  for (const part of parts) {
    if (part.trim() === "") throw new UsageError(`${where}: empty entry in ${JSON.stringify(text)} (write key=value,key=value)`);
    const at = part.indexOf("=");
    const key = (at < 0 ? part : part.slice(0, at)).trim();
    // `amount=10,000` splits into `amount=10` and `000`.
    if (at < 0 && /^\d/.test(key)) throw new UsageError(`${where}: ${JSON.stringify(key)} is not a key=value entry: commas separate the keys, so write amounts without grouping commas here (amount=10000)`);
    if (Object.hasOwn(record, key)) throw new UsageError(`${where}: key ${JSON.stringify(key)} given twice`);
    record[key] = at < 0 ? true : part.slice(at + 1).trim();
  }
  return record;
}

/** A JSON array of offers (or `{ "offers": [...] }`), camelCase or kebab-case keys. */
export function parseOffersJson(text: string, source: string): OfferRecord[] {
  const problem = encodingProblem(text);
  if (problem) throw new UsageError(`${source}: not UTF-8 text: ${problem}`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UsageError(`${source}: not valid JSON (${parsed.message})`);
  const data = parsed.value;
  const list = Array.isArray(data) ? data : (data as { offers?: unknown } | null)?.offers;
  if (!Array.isArray(list)) throw new UsageError(`${source}: expected a JSON array of offers or an object with an "offers" array`);
  return list.map((item, i) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) throw new UsageError(`${source}: offer ${i + 1} is not an object`);
    const record: Record<string, string | boolean> = Object.create(null) as Record<string, string | boolean>;
    for (const [key, value] of Object.entries(item)) {
      if (typeof value === "number" && Number.isFinite(value)) record[kebab(key)] = String(value);
      else if (typeof value === "string" || typeof value === "boolean") record[kebab(key)] = value;
      else throw new UsageError(`${source}: offer ${i + 1} field ${key}: expected a string, number or boolean`);
    }
    return record;
  });
}

/** Prices one raw offer: checks its keys, then reads it exactly as `quote` reads its options. */
export function toOffer(record: OfferRecord, index: number, defaults: { amount?: Decimal; start: IsoDate; cap?: Decimal }): LoanOffer {
  try {
    return readOffer(record, index, defaults);
  } catch (error) {
    // Named once, here: the messages inside name only the key.
    if (error instanceof UsageError) throw new UsageError(`${offerWhere(index, record.name)}: ${error.message}`);
    throw error;
  }
}

function readOffer(record: OfferRecord, index: number, defaults: { amount?: Decimal; start: IsoDate; cap?: Decimal }): LoanOffer {
  const name = typeof record.name === "string" && record.name.trim() !== "" ? record.name.trim() : `offer ${index}`;
  const unknown = Object.keys(record).find((k) => !PRICE_KEYS.includes(k) && !NOTE_KEYS.includes(k));
  if (unknown !== undefined) throw new UsageError(`unknown key ${JSON.stringify(unknown)} (keys: ${PRICE_KEYS.join(", ")})`);
  const fields: Record<string, string | boolean> = {};
  for (const key of PRICE_KEYS) if (record[key] !== undefined && key !== "name" && key !== "amount") fields[camel(key)] = record[key] as string | boolean;
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "boolean" && key !== "financeFee") throw new UsageError(`${kebab(key)} needs a value (${kebab(key)}=…)`);
  }
  const terms = toLoanTerms(fields as LoanFields, offerKey);
  const amountText = record.amount;
  if (amountText === undefined && defaults.amount === undefined) throw new UsageError(`no amount: give one after the command (suishendai compare 10000 …) or amount=… in the offer`);
  if (typeof amountText === "boolean") throw new UsageError(`amount needs a value (amount=…)`);
  const amount = amountText === undefined ? (defaults.amount as Decimal) : parseLoanAmount(amountText, "amount");
  const loan = terms;
  return { ...loan, ...(loan.cap || !defaults.cap ? {} : { cap: defaults.cap }), name, amount, start: defaults.start };
}

/** A field of an offer as its key is written (`fee-rate`); the start is the command's `--start`. */
export const offerKey: FieldLabel = OFFER_KEY_WORDS.name;
