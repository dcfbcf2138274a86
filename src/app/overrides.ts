import { Decimal } from "../engine/decimal.js";
import { PROFILE_FIELDS } from "../engine/simulate/profileFields.js";
import { ProfileSchema } from "../policy/schemas.js";
import { FieldError, said, the } from "./fieldError.js";
import { parseJson } from "../json/parseJson.js";
import { describeIssue } from "../policy/formatIssue.js";
import { describeUnknownField } from "../policy/profileFields.js";
import { declaredZod } from "../policy/profilePlan.js";
import { declaredNames } from "../policy/declaredNames.js";
import type { DeclaredField, ProfileDeclarations } from "../engine/simulate/types.js";
import { INTEGER_PATHS } from "../policy/toProfile.js";

/** `; did you mean "zhimaScore"?` for a near miss (a declared field too), else nothing. */
function suggestion(field: string, declarations?: ProfileDeclarations): string {
  const near = describeUnknownField(field, declaredNames(declarations)).near;
  return near === undefined ? "" : `; did you mean ${JSON.stringify(near)}?`;
}

/** One `--set field=value`: a profile field (or request.amount / request.terms) and its JSON value. */
export interface FieldOverride {
  readonly path: readonly [string] | readonly ["request", "amount" | "terms"];
  readonly value: unknown;
  /** `field+=20`, `-=`, `*=`: a what-if relative to the record's own number. */
  readonly op?: "+" | "-" | "*";
  /** The number as it was written (1e308, not 1e+308), for messages. */
  readonly written?: string;
}

const FIELDS = Object.keys(ProfileSchema.shape);

/** A value as the user wrote it, cut short: `{"amount":5000,"terms":6}`. */
function previewValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Parses `field=value`; the value is read as JSON when it is JSON (720, true), else as a string. */
export function parseOverride(text: string, declarations?: ProfileDeclarations): FieldOverride {
  return readOverride(text, "set", declarations);
}

/** parseOverride for the option that gave it: --set, or --what-if (which reads the same way); a field the policy declares is checked by its declaration. */
export function readOverride(text: string, option: "set" | "whatIf", declarations?: ProfileDeclarations): FieldOverride {
  const at = text.indexOf("=");
  if (at <= 0) throw new FieldError(option, "syntax", said`${the(option)}: expected field=value such as zhimaScore=720, got ${JSON.stringify(text)}`, { got: text });
  const op = /^[^=]*[+*-]$/.test(text.slice(0, at)) ? (text[at - 1] as "+" | "-" | "*") : undefined;
  const field = text.slice(0, op ? at - 1 : at).trim();
  const raw = text.slice(at + 1).trim();
  const parsed = parseJson(raw);
  // Not JSON: keep the text, so --set id=u7 works; but a number JSON cannot keep exactly is an error.
  if (!parsed.ok && /^-?\d/.test(raw) && !/^invalid|line \d/.test(parsed.message)) throw new FieldError(option, "number", said`${the(option)} ${field}: ${parsed.message}`, { got: raw });
  const value = parsed.ok ? parsed.value : raw;
  const declared = declarations?.fields?.find((f) => f.name === field);
  if (op) return { ...relativeOverride(field, op, value, option, declared, declarations), written: raw };
  // request=null removes the request: a null override deletes its field.
  if (field === "request" && value === null) return { path: ["request"], value: null };
  if (field === "request") throw new FieldError(option, "request-null", said`${the(option)} request: only null is allowed (request=null removes the request), got ${previewValue(value)}; set the loan with request.amount=… and request.terms=…`);
  const request = field === "request.amount" || field === "request.terms";
  if (!request && !declared && !FIELDS.includes(field)) throw new FieldError(option, "unknown-field", said`${the(option)}: unknown profile field ${JSON.stringify(field)}${suggestion(field, declarations) || ` (fields: ${[...FIELDS.filter((f) => f !== "request"), ...declaredNames(declarations)].join(", ")}, request.amount, request.terms)`}`, { got: field });
  // Checked once here, so a bad value blames --set, not every record it was applied to.
  const schema = declared ? declaredZod(declared) : request ? ProfileSchema.shape.request.unwrap().unwrap().shape[field.slice(8) as "amount" | "terms"] : ProfileSchema.shape[field as keyof typeof ProfileSchema.shape];
  const issue = schema.safeParse(value, { reportInput: true }).error?.issues[0];
  if (issue) throw new FieldError(option, "value", said`${the(option)} ${field}: ${describeIssue(issue, INTEGER_PATHS.has(field))}`);
  return request ? { path: ["request", field.slice(8) as "amount" | "terms"], value } : { path: [field], value };
}

const NUMBER_KINDS: ReadonlySet<string> = new Set(["integer", "money", "fraction"]);
const RELATIVE: ReadonlySet<string> = new Set(["request.amount", "request.terms", ...Object.entries(PROFILE_FIELDS).filter(([, s]) => NUMBER_KINDS.has(s.kind)).map(([f]) => f)]);

function relativeOverride(field: string, op: "+" | "-" | "*", value: unknown, option: "set" | "whatIf", declared?: DeclaredField, declarations?: ProfileDeclarations): FieldOverride {
  const known = declared !== undefined || FIELDS.includes(field) || field === "request.amount" || field === "request.terms";
  if (!known) throw new FieldError(option, "unknown-field", said`${the(option)}: unknown profile field ${JSON.stringify(field)}${suggestion(field, declarations)}`, { got: field });
  if (declared ? declared.type !== "number" : !RELATIVE.has(field)) throw new FieldError(option, "relative-number-field", said`${the(option)} ${field}${op}=: only a number field takes ${op}= (such as zhimaScore+=20)`);
  if (typeof value !== "number") throw new FieldError(option, "number", said`${the(option)} ${field}${op}=: expected a number, got ${JSON.stringify(value)}`);
  return { path: field.startsWith("request.") ? ["request", field.slice(8) as "amount" | "terms"] : [field], value, op };
}

/** The record's number changed by a relative override, exactly (decimal arithmetic); a record without the number is an error. */
function relativeValue(current: unknown, { path, value, op, written }: FieldOverride): unknown {
  const name = path.join(".");
  const shown = `--set ${name}${op ?? ""}=${written ?? String(value)}`;
  if (typeof current !== "number") throw new Error(`${shown}: ${name} is ${current === undefined || current === null ? "missing" : "not a number"} in this record`);
  const d = new Decimal(current);
  const result = op === "+" ? d.plus(value as number) : op === "-" ? d.minus(value as number) : d.times(value as number);
  // zhimaScore*=1.1 means "10% more", so a whole-number field stays whole (half-up), not an error in every record.
  const number = (INTEGER_PATHS.has(name) ? result.toDecimalPlaces(0, Decimal.ROUND_HALF_UP) : result).toNumber();
  if (!Number.isFinite(number)) throw new Error(`${shown}: the result is too large for a number in this record`);
  return number;
}

/** A copy of the record with the overrides applied; a non-object record is left for validation to reject. */
export function applyOverrides(record: unknown, overrides: readonly FieldOverride[]): unknown {
  if (overrides.length === 0 || typeof record !== "object" || record === null || Array.isArray(record)) return record;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const o of overrides) {
    const { path } = o;
    // A null override deletes its field (request=null removes the request).
    if (path.length === 1 && !o.op && o.value === null) delete out[path[0]];
    else if (path.length === 1) out[path[0]] = o.op ? relativeValue(out[path[0]], o) : o.value;
    else {
      const request = typeof out.request === "object" && out.request !== null ? (out.request as Record<string, unknown>) : {};
      out.request = { ...request, [path[1]]: o.op ? relativeValue(request[path[1]], o) : o.value };
    }
  }
  return out;
}
