/**
 * A record's outcome read from its target value. Without `bad`: 0/1 numbers,
 * "0"/"1" text and true/false (what CSV and JSON files write). With `bad`
 * (`--bad VALUE`): a value whose text equals VALUE is bad, any other present
 * value good — compared as text, so the number 1 and the text "1" both match "1".
 * A missing value, or one that is not 0/1 without `bad`, is a message naming the field.
 */
export function outcomeOfValue(value: unknown, field: string, bad?: string): 0 | 1 | string {
  if (value === undefined || value === null) return `field ${field}: is required (the outcome: ${bad === undefined ? "0 good, 1 defaulted" : `${JSON.stringify(bad)} bad, any other value good`})`;
  if (bad !== undefined) {
    const text = valueText(value);
    if (text === undefined) return `field ${field}: expected a value to compare with --bad ${JSON.stringify(bad)}, got ${Array.isArray(value) ? "an array" : "an object"}`;
    return text === bad ? 1 : 0;
  }
  if (value === 0 || value === "0" || value === false) return 0;
  if (value === 1 || value === "1" || value === true) return 1;
  return `field ${field}: expected 0 or 1, got ${JSON.stringify(value)} ("0"/"1" and true/false read too; --bad VALUE: that value is bad, any other good)`;
}

/** A scalar as the text it compares by: a number in its shortest spelling, true/false, text as it is. */
function valueText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** How a report names the classes: `defaulted = 1`, or `class = "bad"` with --bad. */
export function badWords(field: string, bad?: string): { bad: string; good: string } {
  return bad === undefined ? { bad: `${field} = 1`, good: `${field} = 0` } : { bad: `${field} = ${JSON.stringify(bad)}`, good: `${field} ≠ ${JSON.stringify(bad)}` };
}
