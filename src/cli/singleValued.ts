import type { Command, Option } from "commander";
import { UsageError } from "../app/errors.js";

/**
 * Makes every option that takes one value refuse a second one: commander would
 * keep the last and drop the first without a word. Options with their own
 * parser (repeatable ones such as --offer, --set) are left as they are, so an
 * option becomes repeatable by giving it a collecting parser.
 */
export function refuseRepeats(command: Command): void {
  for (const option of command.options as readonly Option[]) {
    if (!(option.required || option.optional) || option.variadic || option.parseArg) continue;
    let first: string | undefined;
    option.argParser((value: string) => {
      if (first !== undefined) throw new UsageError(`${option.long ?? option.short} given twice (${first}, ${value}); give it once`);
      first = value;
      return value;
    });
  }
  for (const sub of command.commands) refuseRepeats(sub);
}
