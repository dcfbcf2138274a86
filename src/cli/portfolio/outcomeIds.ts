/**
 * The ids of the --outcomes lines, counted as they are written: `fit
 * --outcomes` joins by id (as JSON, so 7 and "7" differ) and can join
 * neither a loan without one nor an id on more than one line, so portfolio says so.
 */
export class OutcomeIds {
  private missing = 0;
  private indeterminate = 0;
  private window = 0;

  /** `text` without its indeterminate lines (label null), which are counted: fit cannot learn from an outcome not yet known. */
  kept(text: string): string {
    const lines = text.split("\n").filter((line) => {
      if (line === "") return true;
      const parsed = JSON.parse(line) as { defaulted: unknown; window: number };
      if (parsed.defaulted !== null) return true;
      this.indeterminate++;
      this.window = parsed.window;
      return false;
    });
    return lines.join("\n");
  }
  private readonly seen = new Map<string, number>();

  /** Counts the ids of `text`'s lines (each an outcome line, its id first). */
  add(text: string): void {
    for (const line of text.split("\n")) {
      if (line === "") continue;
      const id = (JSON.parse(line) as { id: unknown }).id;
      if (id === null || id === undefined) {
        this.missing++;
        continue;
      }
      const key = JSON.stringify(id);
      this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    }
  }

  /** One warning line for loans without an id, one for repeated ids, a note of the indeterminate ones; "" when fit can join every line. */
  warnings(): string {
    let text = this.indeterminate > 0 ? `note: --outcomes: ${this.indeterminate} booked loan(s) were 1-90 days past due at ${this.window} months on book, their outcome not yet known: left out\n` : "";
    text += this.missing > 0 ? `warning: --outcomes: ${this.missing} booked loan(s) have no id; fit --outcomes cannot join them\n` : "";
    let ids = 0;
    let lines = 0;
    for (const count of this.seen.values()) {
      if (count < 2) continue;
      ids++;
      lines += count;
    }
    if (ids > 0) text += `warning: --outcomes: ${ids} id(s) appear on more than one line (${lines} lines); fit --outcomes cannot join them\n`;
    return text;
  }
}
