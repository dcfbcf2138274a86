/** What cli-progress writes to: a terminal's width and a way to write. */
export interface BarStream {
  readonly isTTY: true;
  readonly columns: number;
  write(text: string): boolean;
}

// ESC 7 / ESC 8 save and restore the cursor's screen position: cli-progress
// saves it when the bar starts and goes back there to clear the bar when it
// stops. Anything else written to the terminal meanwhile (a pipe's reader
// such as `| head`, a warning) has scrolled the screen by then, so that row
// holds someone else's line, and the bar would erase it. The bar's own line
// is cleared where the cursor is instead (clearOnComplete). Line wrap off and
// on (ESC[?7l / ESC[?7h) are dropped too: the options already ask for none,
// and a terminal must never be left cutting lines.
const DROPPED = new Set(["\x1b7", "\x1b8", "\x1b[?7l", "\x1b[?7h"]);

// The bar ends each drawing by clearing the rest of its line (ESC[0K); the
// cursor then goes back to the line's start, so a pipe's reader writing to
// the same terminal writes over the bar instead of after it.
const END_OF_DRAWING = "\x1b[0K";

/** stderr as the bar should see it: the same terminal, minus cursor position save/restore and line-wrap switches, the cursor left at the bar line's start. */
export function barStream(stderr: NodeJS.WriteStream): BarStream {
  return {
    isTTY: true,
    get columns() {
      return stderr.columns;
    },
    write: (text) => (DROPPED.has(text) ? true : stderr.write(text === END_OF_DRAWING ? `${text}\r` : text)),
  };
}
