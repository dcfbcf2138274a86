import { Command } from "commander";
import type { CliIo } from "./io.js";
import { addCompareCommand } from "./compareCommand.js";
import { addCompletionCommand } from "./completion/completionCommand.js";
import { addPolicyCommand } from "./policyCommand.js";
import { addQuoteCommand } from "./quoteCommand.js";
import { addSimulateCommand } from "./simulate/simulateCommand.js";
import { packageVersion } from "./version.js";
import { printable } from "../views/printable.js";

/** Folds a message onto one line, as every error of ours is one line; data in it is shown escaped. */
export function oneLine(text: string): string {
  return printable(text.trim().replace(/\s*\n\s*/g, " "));
}

/** The commander program, wired to `io` and never exiting the process itself. */
export function createProgram(io: CliIo): Command {
  const program = new Command("suishendai")
    .description("Exact loan calculator and offer simulator: schedules to the 分, true annualized cost by IRR.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("-q, --quiet", "no progress bar or notes on stderr (errors still print)")
    .exitOverride()
    .showSuggestionAfterError(true)
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
  $ suishendai compare 10000 --offers examples/offers/presets.json --chart
  $ suishendai simulate examples/profiles/typical.json --explain
  $ suishendai <command> --help`,
  );
  addQuoteCommand(program, io);
  addCompareCommand(program, io);
  addSimulateCommand(program, io);
  addPolicyCommand(program, io);
  addCompletionCommand(program, io);
  return program;
}
