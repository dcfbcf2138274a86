/**
 * What a terminal 80 columns wide shows after `raw`, written here independently of
 * cli-progress: lines as a list (never wrapped, nothing scrolls off), a cursor (line,
 * column), and the escapes a progress bar uses — carriage return, ESC[1G (column 1),
 * ESC[0K / ESC[K (clear to the end), ESC[2K (clear the line), ESC 7 / ESC 8 (save and
 * go back to a position), ESC[?7l / ESC[?7h (line wrap off / on: off, a character past
 * the last column overwrites the last one). Other escapes change nothing on screen.
 */
export function screenAfter(raw: string, width = 80): string[] {
  const lines: string[] = [""];
  let row = 0;
  let col = 0;
  let wrap = true;
  let saved: [number, number] = [0, 0];
  const put = (ch: string) => {
    const line = (lines[row] ?? "").padEnd(col, " ");
    lines[row] = line.slice(0, col) + ch + line.slice(col + 1);
    col = wrap ? col + 1 : Math.min(col + 1, width - 1);
  };
  const chars = [...raw];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === "\x1b") {
      const next = chars[i + 1];
      if (next === "7" || next === "8") {
        if (next === "7") saved = [row, col];
        else [row, col] = saved;
        i += 1;
        continue;
      }
      let j = i + 2;
      while (j < chars.length && !/[A-Za-z]/.test(chars[j] as string)) j++;
      const seq = chars.slice(i + 2, j + 1).join("");
      if (seq === "1G") col = 0;
      else if (seq === "0K" || seq === "K") lines[row] = (lines[row] ?? "").slice(0, col);
      else if (seq === "2K") lines[row] = "";
      else if (seq === "?7l") wrap = false;
      else if (seq === "?7h") wrap = true;
      i = j;
    } else if (ch === "\r") col = 0;
    else if (ch === "\n") {
      row += 1;
      col = 0;
      if (lines[row] === undefined) lines[row] = "";
    } else put(ch);
  }
  return lines.map((line) => line.trimEnd());
}
