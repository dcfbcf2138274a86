import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { parseChoice } from "../parseInputs.js";
import { bashScript, fishScript, zshScript } from "./completionScripts.js";
import { completionSpec, SHELLS } from "./completionSpec.js";

/** Registers `completion`: prints a shell script that completes commands, options and their values. */
export function addCompletionCommand(program: Command, io: CliIo): void {
  program
    .command("completion")
    .description("print a shell completion script: bash | zsh | fish")
    .argument("<shell>", "bash, zsh or fish")
    .addHelpText("after", `
Examples:
  $ eval "$(suishendai completion bash)"      # in ~/.bashrc
  $ eval "$(suishendai completion zsh)"       # in ~/.zshrc
  $ suishendai completion fish | source       # in ~/.config/fish/config.fish`)
    .action((shellText: string) => {
      const shell = parseChoice(shellText, "shell", SHELLS);
      const commands = completionSpec(program);
      const globals = ["--help", "--version", "--quiet"];
      io.stdout(shell === "bash" ? bashScript(commands, globals) : shell === "zsh" ? zshScript(commands, globals) : fishScript(commands));
    });
}
