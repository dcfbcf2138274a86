import { FieldError, said, the } from "../fieldError.js";
import { Decimal } from "../../engine/decimal.js";
import { nearName } from "../../policy/profileFields.js";
import { retiredEconomicsKey } from "../../policy/retiredKeys.js";
import { checkPolicy } from "../../policy/loadPolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";

/** `--sweep PATH=FROM:TO:STEP`: a numeric policy parameter and the values it runs at. */
export interface Sweep {
  readonly path: string;
  readonly values: readonly Decimal[];
}

export const MAX_SWEEP_VALUES = 200;
const EXAMPLE = "such as cutoff=550:700:10 or bands.B.apr=8:12:0.5";
const NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

/** A bound: a number, or for an economics key a percentage as --economics takes it (3.5% = 0.035). */
function bound(text: string, path: string): Decimal {
  if (!text.endsWith("%")) return new Decimal(text);
  // Elsewhere a percent sign would be ambiguous: bands.B.apr is written in percent already.
  if (!path.startsWith("economics.")) throw new FieldError("sweep", "invalid", said`${the("sweep")}: a percentage such as ${text} is for economics keys (economics.prepayRate=1%:3%:1%), as ${the("economics")} takes it; ${path} takes plain numbers`);
  return new Decimal(text.slice(0, -1)).div(100);
}

export function parseSweep(text: string): Sweep {
  const at = text.indexOf("=");
  const parts = text.slice(at + 1).split(":").map((p) => p.trim());
  if (at <= 0 || parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) throw new FieldError("sweep", "syntax", said`${the("sweep")}: expected PATH=FROM:TO:STEP ${EXAMPLE}, got ${JSON.stringify(text)}`);
  const path = text.slice(0, at).trim();
  const [from, to, step] = parts.map((p) => bound(p, path)) as [Decimal, Decimal, Decimal];
  if (step.lte(0)) throw new FieldError("sweep", "range", said`${the("sweep")}: STEP must be above 0, got ${step.toString()}`);
  if (from.gt(to)) throw new FieldError("sweep", "range", said`${the("sweep")}: FROM must be at most TO, got ${from.toString()}:${to.toString()}`);
  const n = to.minus(from).div(step).floor().plus(1);
  if (n.gt(MAX_SWEEP_VALUES)) throw new FieldError("sweep", "range", said`${the("sweep")}: ${parts.join(":")} gives ${n.toString()} values; at most ${MAX_SWEEP_VALUES}`);
  return { path, values: Array.from({ length: n.toNumber() }, (_, i) => from.plus(step.times(i))) };
}

type Json = Record<string, unknown> | unknown[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An array element by its band name, id or code, else by its index. */
function elementKey(list: readonly unknown[], segment: string): number | undefined {
  const named = list.findIndex((e) => isObject(e) && [e.band, e.id, e.code].includes(segment));
  if (named >= 0) return named;
  return /^\d+$/.test(segment) && Number(segment) < list.length ? Number(segment) : undefined;
}

/**
 * The keys of `path` in the policy down to a number: arrays by band name, id,
 * code or index; a path ending at an object with exactly one numeric key
 * means that key (cutoff → cutoff.minScore).
 */
export function resolvePath(policy: PolicyJson, path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  let at: unknown = policy;
  for (const segment of path.split(".")) {
    const key = Array.isArray(at) ? elementKey(at, segment) : isObject(at) && Object.hasOwn(at, segment) ? segment : undefined;
    if (key === undefined) {
      const retired = keys.length === 1 && keys[0] === "economics" ? retiredEconomicsKey(segment) : undefined;
      if (retired) throw new FieldError("sweep", "invalid", said`${the("sweep")}: the policy has no ${JSON.stringify(segment)} in ${JSON.stringify(path)}: ${retired}`);
      const near = isObject(at) ? nearName(segment, Object.keys(at)) : undefined;
      throw new FieldError("sweep", "invalid", said`${the("sweep")}: the policy has no ${JSON.stringify(segment)} in ${JSON.stringify(path)}${near ? `; did you mean "${near}"?` : ""}`);
    }
    keys.push(key);
    at = (at as Json)[key as never];
  }
  if (isObject(at)) {
    const o = at;
    const numeric = Object.keys(o).filter((k) => typeof o[k] === "number");
    if (numeric.length === 1) {
      keys.push(numeric[0] as string);
      at = o[numeric[0] as string];
    }
  }
  if (typeof at !== "number") throw new FieldError("sweep", "unknown", said`${the("sweep")}: ${JSON.stringify(path)} is not a numeric parameter of the policy`);
  return keys;
}

function setAt(value: unknown, keys: readonly (string | number)[], to: number): unknown {
  if (!keys.length) return to;
  const [key, ...rest] = keys as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((v, i) => (i === key ? setAt(v, rest, to) : v));
  const o = value as Record<string, unknown>;
  return { ...o, [key]: setAt(o[key as string], rest, to) };
}

/** One policy per sweep value, each checked as a policy file is: an invalid one names --sweep and the value. */
export function sweepPolicies(policy: PolicyJson, sweep: Sweep): PolicyJson[] {
  const keys = resolvePath(policy, sweep.path);
  return sweep.values.map((value) => {
    const checked = checkPolicy(setAt(policy, keys, value.toNumber()));
    const first = checked.errors[0];
    if (first || !checked.json) throw new FieldError("sweep", "invalid", said`${the("sweep")} ${sweep.path}=${value.toString()}: makes an invalid policy: ${first ? `${first.path}: ${first.message}` : "invalid"}`);
    return checked.json;
  });
}
