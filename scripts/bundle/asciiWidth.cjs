// cli-table3 measures every cell with string-width 4, which strips ANSI codes
// and runs a large emoji regular expression on each string. A string of
// printable ASCII is as wide as it is long, so only the rest goes that way.
// scripts/bundle.mjs puts this in place of string-width for cli-table3 alone.
const stringWidth = require("cli-table3/node_modules/string-width");

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function width(text) {
  return typeof text === "string" && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

module.exports = width;
module.exports.default = width;
