const shown = (value: unknown) => JSON.stringify(value);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The lists whose items have a name of their own: matched by it, not by position. */
const ITEM_KEYS: Readonly<Record<string, string>> = { fields: "name", knockouts: "code", "scorecard.characteristics": "id", bands: "band" };

/** `bands.D` for a plain name (as --sweep takes it), `bands["my band"]` otherwise. */
function named(path: string, name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}
const keyPath = (path: string, key: string) => (path ? `${path}.${key}` : key);
const place = (path: string) => path || "(top level)";

/** Each item's name under `key`, when every item has a distinct string one (else the list is compared by position). */
function names(list: readonly unknown[], key: string): string[] | undefined {
  const out = list.map((item) => (isObject(item) && typeof item[key] === "string" ? item[key] : undefined));
  return out.every((n) => n !== undefined) && new Set(out).size === out.length ? (out as string[]) : undefined;
}

/** Two lists item by item: by name when both have names, else by position. */
function listDiff(a: readonly unknown[], b: readonly unknown[], path: string, namesPath: string): string[] {
  const key = ITEM_KEYS[namesPath];
  const [na, nb] = key === undefined ? [undefined, undefined] : [names(a, key), names(b, key)];
  if (!na || !nb) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= b.length) out.push(`- ${path}[${i}]: ${shown(a[i])}`);
      else if (i >= a.length) out.push(`+ ${path}[${i}]: ${shown(b[i])}`);
      else out.push(...diffAt(a[i], b[i], `${path}[${i}]`, namesPath));
    }
    return out;
  }
  const inB = new Map(nb.map((n, i) => [n, i]));
  const inA = new Set(na);
  const out: string[] = [];
  na.forEach((n, i) => {
    const j = inB.get(n);
    if (j === undefined) out.push(`- ${named(path, n)}: ${shown(a[i])}`);
    else out.push(...diffAt(a[i], b[j], named(path, n), namesPath));
  });
  nb.forEach((n, j) => inA.has(n) || out.push(`+ ${named(path, n)}: ${shown(b[j])}`));
  // The first knock-out hit decides and ties in reasons go by position: an order change is a change.
  const [orderA, orderB] = [na.filter((n) => inB.has(n)), nb.filter((n) => inA.has(n))];
  if (shown(orderA) !== shown(orderB)) out.push(`  ${path} (order): ${shown(orderA)} → ${shown(orderB)}`);
  return out;
}

/** `namesPath`: the path by object keys alone (no list positions), to know which lists have names. */
function diffAt(a: unknown, b: unknown, path: string, namesPath: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) return listDiff(a, b, path, namesPath);
  if (isObject(a) && isObject(b)) {
    const out: string[] = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!Object.hasOwn(b, key)) out.push(`- ${keyPath(path, key)}: ${shown(a[key])}`);
      else if (!Object.hasOwn(a, key)) out.push(`+ ${keyPath(path, key)}: ${shown(b[key])}`);
      else out.push(...diffAt(a[key], b[key], keyPath(path, key), keyPath(namesPath, key)));
    }
    return out;
  }
  return shown(a) === shown(b) ? [] : [`  ${place(path)}: ${shown(a)} → ${shown(b)}`];
}

/**
 * Every value that differs between two policies, one line each by path:
 * `bands.D.apr: 12.775 → 13.5`, `+ path: value` when only B has it,
 * `- path: value` when only A has it. Objects and lists are walked; knock-outs
 * are matched by code, characteristics by id and bands by name (a list whose
 * names are missing or repeated, by position: `bands[3]`); a value whose kind
 * changed is shown whole.
 */
export function policyDiff(a: unknown, b: unknown): string[] {
  return diffAt(a, b, "", "");
}
