import { formatPath } from "../policy/formatIssue.js";

const shown = (value: unknown) => JSON.stringify(value);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every value that differs between two policies, one line each by path:
 * `bands[3].apr: 12.775 → 13.5`, `+ path: value` when only B has it,
 * `- path: value` when only A has it. Objects and arrays are walked; a value
 * whose kind changed is shown whole.
 */
export function policyDiff(a: unknown, b: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= b.length) out.push(`- ${formatPath([...path, i])}: ${shown(a[i])}`);
      else if (i >= a.length) out.push(`+ ${formatPath([...path, i])}: ${shown(b[i])}`);
      else out.push(...policyDiff(a[i], b[i], [...path, i]));
    }
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const out: string[] = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!Object.hasOwn(b, key)) out.push(`- ${formatPath([...path, key])}: ${shown(a[key])}`);
      else if (!Object.hasOwn(a, key)) out.push(`+ ${formatPath([...path, key])}: ${shown(b[key])}`);
      else out.push(...policyDiff(a[key], b[key], [...path, key]));
    }
    return out;
  }
  return shown(a) === shown(b) ? [] : [`  ${formatPath(path) || "(top level)"}: ${shown(a)} → ${shown(b)}`];
}
