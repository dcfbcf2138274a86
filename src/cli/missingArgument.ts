import type { Command } from "commander";

/** What a command's required arguments are, in words, and a call that gives them; others are said from their descriptions. */
const NEEDS: Readonly<Record<string, readonly [string, string]>> = {
  "policy diff": ["two policy files, the old then the new", "old.json new.json"],
  "policy lint": ["the policy file to check", "policy.json"],
  merge: ["the part files to add up (portfolio --partial wrote them)", "part1.json part2.json …"],
  completion: ["the shell: bash, zsh or fish", "bash"],
};

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/**
 * Every command's missing-argument error says what to give and shows the
 * call (`policy diff: give two policy files, the old then the new: suishendai
 * policy diff old.json new.json`), instead of commander's `missing required argument 'b'`.
 */
export function sayMissingArguments(command: Command): void {
  for (const sub of command.commands) {
    const path = commandPath(sub);
    const required = sub.registeredArguments.filter((a) => a.required);
    const [needs, call] = NEEDS[path] ?? [required.map((a) => a.description || a.name()).join(" and "), required.map((a) => `${a.name().toUpperCase()}${a.variadic ? " …" : ""}`).join(" ")];
    // commander calls this method by name; it is not in its typings.
    (sub as unknown as { missingArgument: (name: string) => void }).missingArgument = () =>
      sub.error(`error: ${path}: give ${needs}: suishendai ${path} ${call}`, { code: "commander.missingArgument", exitCode: 1 });
    sayMissingArguments(sub);
  }
}
