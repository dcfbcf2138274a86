/**
 * A memo by text key, emptied whole once it passes `max` entries: a batch
 * repeats a few keys (rates, terms, amounts in steps) again and again, and a
 * long, varied one must not grow memory. Each worker thread holds its own.
 */
export function boundedMemo<V>(max = 10_000): (key: string, compute: () => V) => V {
  const entries = new Map<string, V>();
  return (key, compute) => {
    let value = entries.get(key);
    if (value === undefined) {
      value = compute();
      if (entries.size >= max) entries.clear();
      entries.set(key, value);
    }
    return value;
  };
}
