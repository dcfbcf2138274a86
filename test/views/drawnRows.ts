/** The text between `title` and the next blank line: one section of a page. */
export function section(page: string, title: string): string {
  const start = page.indexOf(`${title}\n`);
  if (start < 0) throw new Error(`no section ${JSON.stringify(title)}`);
  const end = page.indexOf("\n\n", start);
  return page.slice(start, end < 0 ? undefined : end).trimEnd();
}

/** The cells of every drawn table row (│ or | borders) in `text`, trimmed; header rows included. */
export function rows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => /^[│|]/.test(line))
    .map((line) => line.split(/[│|]/).slice(1, -1).map((cell) => cell.trim()));
}
