/** The typographic signs the scorecard views use, and their ASCII spelling (LANG=C, --ascii). */
const ASCII: Record<string, string> = { "–": "-", "—": "-", "≥": ">=", "≤": "<=", " · ": ", ", "·": "-", "→": "->", "×": "x" };

/** `text` with dashes, signs and dots in ASCII; other characters (the Chinese words) kept. */
export function asciiText(text: string): string {
  return text.replace(/ · |[–—≥≤·→×]/gu, (sign) => ASCII[sign] ?? sign);
}
