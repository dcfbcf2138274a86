import type { CliIo } from "./io.js";

/**
 * Chalk's colour level for stdout: none when NO_COLOR is set (no-color.org),
 * forced by FORCE_COLOR, otherwise basic colour only on a terminal.
 */
export function colorLevel(io: Pick<CliIo, "env" | "stdoutIsTTY">): 0 | 1 | 2 | 3 {
  if (io.env.NO_COLOR) return 0;
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === "0" || forced === "false") return 0;
    return forced === "2" ? 2 : forced === "3" ? 3 : 1;
  }
  return io.stdoutIsTTY ? 1 : 0;
}
