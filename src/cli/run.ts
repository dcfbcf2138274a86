import { CommanderError } from "commander";
import { IrrError } from "../engine/irr.js";
import { LoanInputError } from "../engine/loanInputError.js";
import type { CliIo } from "./io.js";
import { createProgram, oneLine } from "./program.js";
import { BatchHadErrors, Interrupted, IoError, LintFailed, OutputClosed, PoliciesDiffer, RecordsLeftOut, UsageError } from "../app/errors.js";
import { closest } from "./suggest.js";
import { FieldError } from "../app/fieldError.js";
import { optionLine } from "./optionNames.js";

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code:
 * 0 success, 2 bad arguments or input, 1 anything else. The one place where
 * errors become a single line on stderr; nothing is written to stdout then.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  // commander would answer `suishendai nosuch --help` with the main help and
  // exit 0; a command that does not exist is an error whatever follows it.
  // `help <command>` names a command too.
  const named = argv[0] === "help" ? argv[1] : argv[0];
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), "help"];
  if (named !== undefined && !named.startsWith("-") && !names.includes(named)) {
    const meant = closest(named, names);
    io.stderr(`error: unknown command '${named}'${meant ? `; did you mean '${meant}'?` : ""} (commands: ${names.join(", ")})\n`);
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed its own message (or the help/version) already.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof FieldError) {
      io.stderr(`error: ${oneLine(optionLine(error))}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof LoanInputError) {
      io.stderr(`error: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof OutputClosed) return 0;
    if (error instanceof IoError || error instanceof RecordsLeftOut) {
      io.stderr(`error: ${oneLine(error.message)}\n`);
      return 1;
    }
    if (error instanceof Interrupted) {
      if (!program.opts().quiet) io.stderr(`${oneLine(error.message)}\n`);
      return 130;
    }
    if (error instanceof LintFailed || error instanceof PoliciesDiffer) return 1;
    if (error instanceof BatchHadErrors) {
      // Even with -q: -q silences notes and warnings, and an exit 1 must say why.
      io.stderr(`error: ${error.message}; ${error.where}\n`);
      return 1;
    }
    if (error instanceof IrrError) {
      io.stderr(`error: ${oneLine(error.message)}\n`);
      return 1;
    }
    // A string past V8's limit (about 512 MiB): an output too large to build, said as such.
    if (error instanceof RangeError && error.message === "Invalid string length") {
      io.stderr("error: output: the result is too large to hold in memory as text (over 512 MiB); ask for less (fewer or shorter records) or a format written as it goes (NDJSON)\n");
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: unexpected failure: ${oneLine(message)}\n`);
    if (io.env.SUISHENDAI_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    return 1;
  }
}
