/**
 * Control characters (C0 such as ESC, BEL and newline; DEL; C1 such as the
 * one-byte CSI U+009B) and the bidi overrides that make a line read otherwise
 * than its characters.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from input (profile ids, offer names, policy codes and texts) as a
 * terminal may show it: each unsafe character becomes a visible escape
 * (`\u001b`, `\n`), so data can never recolour, move the cursor, clear the
 * screen or break a table row. Every table and text view prints data through it.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Every string inside `data` (a report: ids, fields, bin labels, band names,
 * warning texts) made printable, for a view that prints many of them: none
 * can be forgotten. Numbers, booleans and the shape stay as they are.
 */
export function printableData<T>(data: T): T {
  if (typeof data === "string") return printable(data) as T;
  if (Array.isArray(data)) return data.map((item: unknown) => printableData(item)) as T;
  if (typeof data !== "object" || data === null) return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, printableData(value)])) as T;
}
