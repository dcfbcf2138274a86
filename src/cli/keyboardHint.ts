import type { CliIo } from "./io.js";

/**
 * When "-" means a person at the keyboard, says what is awaited and how to end
 * it — otherwise the command just sits there, looking hung. Not with -q.
 */
export function keyboardHint(io: CliIo, path: string, what: string, quiet: boolean): void {
  if (path !== "-" || !io.stdinIsTTY || quiet) return;
  io.stderr(`reading ${what} from the keyboard: Ctrl-D ends the input, Ctrl-C stops\n`);
}
