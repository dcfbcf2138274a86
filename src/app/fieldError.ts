import type { Field } from "./fields.js";
import { UsageError } from "./errors.js";

/** A field named inside a sentence; the caller words it (`--fee-rate`, an offer's `fee-rate`), with `value` as a setting (`--apr 12`, `apr=12`). */
export interface FieldRef {
  readonly field: Field;
  readonly value?: string;
}

/** A sentence whose fields stay references until a caller names them. */
export type Words = readonly (string | FieldRef)[];

/** `said\`${the("financeFee")}: needs ${the("upfrontFee")}\`` → words with the two fields kept as references. */
export function said(strings: TemplateStringsArray, ...parts: readonly (string | number | FieldRef | Words)[]): Words {
  const out: (string | FieldRef)[] = [];
  strings.forEach((text, i) => {
    if (text !== "") out.push(text);
    const part = parts[i];
    if (part === undefined) return;
    if (Array.isArray(part)) out.push(...(part as Words));
    else out.push(typeof part === "object" ? (part as FieldRef) : String(part));
  });
  return out;
}

export const the = (field: Field, value?: string): FieldRef => (value === undefined ? { field } : { field, value });

/** How a caller names a field, and a field set to a value. */
export interface FieldNames {
  readonly name: (field: Field) => string;
  readonly setting: (field: Field, value: string) => string;
}

/** The words as one line, each field named by `names`. */
export function sayWords(words: Words, names: FieldNames): string {
  return words.map((w) => (typeof w === "string" ? w : w.value === undefined ? names.name(w.field) : names.setting(w.field, w.value))).join("");
}

/** The library's own names: the request's fields as they are spelled (`feeRate`, `apr=12`). */
export const FIELD_NAMES: FieldNames = { name: (field) => field, setting: (field, value) => `${field}=${value}` };

/** What was refused: a limit's ends, where the rule has them. */
export interface Limit {
  readonly min?: string;
  readonly max?: string;
}

/**
 * Bad input, structured: the field at fault, a code for the rule (`range`,
 * `required`, …), the limit and the value got where the rule has them, and
 * the sentence with its fields as references. The message names fields as
 * the library does; the CLI words the line with its option names instead.
 */
export class FieldError extends UsageError {
  constructor(
    readonly field: Field,
    readonly code: string,
    readonly words: Words,
    readonly facts: { readonly limit?: Limit; readonly got?: string } = {},
  ) {
    super(sayWords(words, FIELD_NAMES));
  }

  get limit(): Limit | undefined {
    return this.facts.limit;
  }

  get got(): string | undefined {
    return this.facts.got;
  }
}
