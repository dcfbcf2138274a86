import { Interrupted, IoError } from "../app/errors.js";
import type { CliIo } from "./io.js";
import { keyboardHint } from "./keyboardHint.js";

/**
 * The whole text of a file an option names (`--offers`, `--policy`), or of
 * stdin for "-": a person at the keyboard is told how to end it, Ctrl-C
 * passes through, and any other failure is an I/O fault naming the option.
 */
export async function readInputText(io: CliIo, option: string, path: string, what: string, quiet: boolean): Promise<string> {
  keyboardHint(io, path, what, quiet);
  try {
    return await io.readText(path);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    throw new IoError(`${option}: cannot read ${path === "-" ? "stdin" : path}: ${(error as Error).message}`);
  }
}
