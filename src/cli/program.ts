import { Command, Help, type Option } from "commander";
import type { CliIo } from "./io.js";
import { addCompareCommand } from "./compareCommand.js";
import { addCompletionCommand } from "./completion/completionCommand.js";
import { addFitCommand } from "./fitCommand.js";
import { addPolicyCommand } from "./policyCommand.js";
import { addPortfolioCommands } from "./portfolio/portfolioCommand.js";
import { addQuoteCommand } from "./quoteCommand.js";
import { addSimulateCommand } from "./simulate/simulateCommand.js";
import { addValidateCommand } from "./validateCommand.js";
import { quietOption } from "./sharedOptions.js";
import { refuseRepeats } from "./singleValued.js";
import { sayMissingArguments } from "./missingArgument.js";
import { packageVersion } from "./version.js";
import { printable } from "../views/printable.js";

/** Folds a message onto one line, as every error of ours is one line; data in it is shown escaped. */
export function oneLine(text: string): string {
  return printable(text.trim().replace(/\s*\n\s*/g, " "));
}

/** A repeatable option starts as an empty list; `(default: [])` tells a reader nothing. */
function withoutEmptyListDefault(option: Option): Option {
  if (!Array.isArray(option.defaultValue) || option.defaultValue.length > 0) return option;
  return Object.assign(Object.create(Object.getPrototypeOf(option) as object) as Option, option, { defaultValue: undefined });
}

/** The commander program, wired to `io` and never exiting the process itself. */
export function createProgram(io: CliIo): Command {
  const program = new Command("suishendai")
    .description("Exact loan calculator and offer simulator: schedules to the 分, true annualized cost by IRR.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addOption(quietOption())
    .exitOverride()
    .showSuggestionAfterError(true)
    // Every command's help shows -q/--quiet (declared once, here) under "Global Options".
    .configureHelp({
      showGlobalOptions: true,
      optionDescription(this: Help, option: Option) {
        return Help.prototype.optionDescription.call(this, withoutEmptyListDefault(option));
      },
    })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    });
  program.addHelpText(
    "after",
    `
Examples:
  $ suishendai quote 10000 --apr 12 --terms 12
  $ suishendai compare 10000 --offers data/presets.json --chart
  $ suishendai simulate examples/profiles/typical.json --explain
  $ suishendai <command> --help`,
  );
  addQuoteCommand(program, io);
  addCompareCommand(program, io);
  addSimulateCommand(program, io);
  addPolicyCommand(program, io);
  addPortfolioCommands(program, io);
  addFitCommand(program, io);
  addValidateCommand(program, io);
  addCompletionCommand(program, io);
  refuseRepeats(program);
  sayMissingArguments(program);
  return program;
}
