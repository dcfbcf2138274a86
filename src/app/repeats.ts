import { UsageError } from "./errors.js";

/**
 * A repeatable option given the same thing twice (`--set zhimaScore=…` twice,
 * one preset twice): refused, never "the last one wins" or a doubled row.
 * `keyOf` says what counts as the same (a field path, a preset's id).
 */
export function refuseRepeatedValues<T>(option: string, values: readonly T[], texts: readonly string[], keyOf: (value: T) => string): void {
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    const key = keyOf(value);
    const before = seen.get(key);
    if (before !== undefined) throw new UsageError(`${option} ${key} given twice (${texts[before]}, ${texts[i]}); give it once`);
    seen.set(key, i);
  });
}
