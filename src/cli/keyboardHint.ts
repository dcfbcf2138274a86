import { wrapText } from "../views/wrapText.js";
import type { CliIo } from "./io.js";

/**
 * When "-" means a person at the keyboard, says what is awaited and how to end
 * it — otherwise the command just sits there, looking hung. Not with -q.
 * `wrapAt`: wrapped by words to that width (else one line, as it was).
 */
export function keyboardHint(io: CliIo, path: string, what: string, quiet: boolean, wrapAt?: number): void {
  if (path !== "-" || !io.stdinIsTTY || quiet) return;
  const text = `reading ${what} from the keyboard: Ctrl-D ends the input, Ctrl-C stops`;
  io.stderr(`${wrapAt === undefined ? text : wrapText(text, wrapAt, "  ").join("\n")}\n`);
}
