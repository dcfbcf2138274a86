/**
 * Edits (insert, delete, change, swap two neighbours) that turn `a` into `b`:
 * "mxa" is one edit from "max", two from "min". Past `atMost` the exact count
 * does not matter to a caller looking for near misses, so names whose lengths
 * differ by more are answered `atMost + 1` without the table.
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  let [before, prev] = [[] as number[], Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, (before[j - 2] as number) + 1);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length] as number;
}
