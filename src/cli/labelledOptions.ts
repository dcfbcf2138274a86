import type { Command } from "commander";
import { asciiOption, inputFormatOption, langOption } from "./sharedOptions.js";

/**
 * The input options fit and validate share, declared once: where the labelled
 * profiles' outcome comes from (a field, or an outcomes file joined by id), which
 * value of it is bad, the id column, the
 * language and ASCII. Each command then adds its own (--policy, --out, --baseline).
 */
export function addLabelledInput(command: Command): Command {
  return command
    .argument("[labelled]", "labelled profiles (JSON, NDJSON or CSV); - or nothing reads stdin", "-")
    .addOption(inputFormatOption("the labelled input (not --outcomes or --baseline: always auto)"))
    .option("--target <field>", "the outcome field: 1 defaulted, 0 good (also \"1\"/\"0\", true/false)", "defaulted")
    .option("--bad <value>", "the target's value that means bad (compared as text: --bad yes, --bad 2); any other value is good")
    .option("--id <column>", "the column holding each record's id (default: id, else ID in any case)")
    .option("--outcomes <file>", "outcomes by id (portfolio --outcomes), joined to the profiles by id");
}

/** The view options of fit and validate, after their own. */
export function addLabelledView(command: Command): Command {
  return command.addOption(langOption("language of the view: zh | en (default: from LANG, else zh)")).addOption(asciiOption("plain ASCII table borders and bars (automatic when the locale is not UTF-8)"));
}
