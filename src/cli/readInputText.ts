import { Interrupted, IoError, UsageError } from "../app/errors.js";
import type { CliIo } from "./io.js";
import { keyboardHint } from "./keyboardHint.js";
import { NotUtf8 } from "./strictUtf8.js";

/**
 * The whole text of a file an option names (`--offers`, `--policy`), or of
 * stdin for "-": a person at the keyboard is told how to end it, Ctrl-C
 * passes through, bytes that are not UTF-8 are bad input (exit 2), and any
 * other failure is an I/O fault naming the option.
 */
export async function readInputText(io: CliIo, option: string, path: string, what: string, quiet: boolean): Promise<string> {
  keyboardHint(io, path, what, quiet);
  try {
    return await io.readText(path);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    const name = path === "-" ? "stdin" : path;
    if (error instanceof NotUtf8) throw new UsageError(`${option} ${name}: ${error.message}`);
    throw new IoError(`${option}: cannot read ${name}: ${(error as Error).message}`);
  }
}
