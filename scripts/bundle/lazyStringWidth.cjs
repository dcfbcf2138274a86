// string-width builds an Intl.Segmenter and Unicode-property expressions when it
// is loaded (~15 ms). src/views/textWidth.ts measures what the tool prints without
// it and calls it only for the rest (emoji, combining marks), so in the bundle it
// is loaded on that first call, not at every start-up. scripts/bundle.mjs puts
// this in place of string-width for textWidth.ts alone.
let measure;

function stringWidth(text, options) {
  measure ??= require("string-width").default;
  return measure(text, options);
}

module.exports = stringWidth;
module.exports.default = stringWidth;
