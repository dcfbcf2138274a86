import { textWidth } from "./textWidth.js";

/**
 * A label on as many lines as it takes to be at most `width` columns wide:
 * broken after a space, a comma or a slash where it can be, else within a
 * word (a category's levels such as "critical/other existing credit" in a
 * bin table at 80 columns). Nothing is dropped: the lines joined are the label.
 */
export function labelLines(label: string, width: number): string {
  const lines: string[] = [];
  let rest = label;
  while (textWidth(rest) > width) {
    const chars = [...rest];
    let fit = 0;
    while (fit < chars.length && textWidth(chars.slice(0, fit + 1).join("")) <= width) fit++;
    const head = chars.slice(0, Math.max(1, fit)).join("");
    // The last break after a space, comma or slash within what fits; none: cut where it fits.
    const at = Math.max(head.lastIndexOf(" "), head.lastIndexOf(","), head.lastIndexOf("/")) + 1;
    const cut = at > 0 ? at : head.length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...lines, rest].join("\n");
}
