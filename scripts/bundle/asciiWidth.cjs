// cli-table3 measures every cell several times with string-width 4, which
// builds two large regular expressions (ANSI codes, emoji) on each call. A
// string of printable ASCII is as wide as it is long; the rest is measured as
// the tool measures it everywhere (src/views/textWidth.ts: string-width 8, in
// pieces), so cli-table3 pads to the widths src/views/compactTable.ts gave it.
// scripts/bundle.mjs puts this in place of string-width for cli-table3 alone.
const { textWidth } = require("../../src/views/textWidth.ts");

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** cli-table3 measures a cell about five times in a row: the last few widths, kept. */
const recent = new Map();

function width(text) {
  if (typeof text !== "string") return 0;
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = recent.get(text);
  if (w === undefined) {
    if (recent.size >= 256) recent.clear();
    recent.set(text, (w = textWidth(text)));
  }
  return w;
}

module.exports = width;
module.exports.default = width;
