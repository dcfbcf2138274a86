/**
 * The ids of profiles joined to an outcome by id (`--outcomes`): one outcome
 * given to two profiles would count the same loan twice, as an outcomes file
 * with an id twice would; so a repeated id is counted, and the first named.
 */
export class RepeatedIds {
  private readonly firstLine = new Map<string, number>();
  count = 0;
  first?: { readonly key: string; readonly lines: readonly [number, number] };

  /** The id (as JSON) of the profile on `line`. */
  add(key: string, line: number): void {
    const seen = this.firstLine.get(key);
    if (seen === undefined) return void this.firstLine.set(key, line);
    this.count++;
    this.first ??= { key, lines: [seen, line] };
  }

  /** Why the join is refused, or undefined when every id is read once. */
  problem(): string | undefined {
    if (!this.first) return undefined;
    const { key, lines } = this.first;
    return `${this.count} profile(s) repeat an id another profile has (first: id ${key} on lines ${lines[0]} and ${lines[1]}): with --outcomes each profile is joined to the one outcome of its id, so the ids must be unique`;
  }
}
