import type { CliIo } from "./io.js";

/**
 * When "-" means a person at the keyboard, says what is awaited and how to end
 * it — otherwise the command just sits there, looking hung. Not with -q.
 * `shape`: how the line is laid out (fit wraps it by words; the default keeps
 * one line, and keeps the text width code off the start-up path).
 */
export function keyboardHint(io: CliIo, path: string, what: string, quiet: boolean, shape: (line: string) => string = (line) => line): void {
  if (path !== "-" || !io.stdinIsTTY || quiet) return;
  io.stderr(`${shape(`reading ${what} from the keyboard: Ctrl-D ends the input, Ctrl-C stops`)}\n`);
}
