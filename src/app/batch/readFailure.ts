import { Interrupted, IoError, UsageError } from "../errors.js";
import { CsvHeaderError } from "./csvColumns.js";
import { NotText } from "./recordLimit.js";

/** The one message of a batch stopped by Ctrl-C. */
export function interruptedAfter(count: number): Interrupted {
  return new Interrupted(`interrupted after ${count} record(s); every line written is whole`, count);
}

/** What ended the input early, as the error to report: Ctrl-C (130), not text or a CSV header no row can be read by (2), or a read error (1); `option` names the file's option (--outcomes, --baseline). */
export function readFailure(error: Error, name: string, count: number, option = "input"): Error {
  if (error instanceof Interrupted) return interruptedAfter(count);
  if (error instanceof NotText) return new UsageError(`${option}: ${name} is not UTF-8 text: ${error.message}`);
  if (error instanceof CsvHeaderError) return new UsageError(`${option}: ${name}: ${error.message}`);
  return new IoError(`${option}: read error in ${name} after ${count} record(s): ${error.message}`);
}

/** One warning per unknown field name, with the number of records that had it. */
export function unknownFieldWarnings(unknown: ReadonlyMap<string, number>, describe: (name: string) => { shown: string; near?: string }): string {
  let text = "";
  for (const [name, count] of unknown) {
    const { shown, near } = describe(name);
    text += `warning: unknown field ${shown} in ${count} record(s), ignored${near ? `; did you mean "${near}"?` : ""}\n`;
  }
  return text;
}
