import type { Command } from "commander";
import type { CliIo } from "./io.js";

/** Registers `policy`: prints the active credit policy as JSON, to copy and edit. */
export function addPolicyCommand(program: Command, io: CliIo): void {
  program
    .command("policy")
    .description("print the active credit policy (built-in, or --policy FILE after validation)")
    .option("--policy <file>", "a credit policy JSON file to validate and print")
    .option("--format <format>", "json (the only format: a policy is JSON)", "json")
    .option("--json", "the same as --format json")
    .addHelpText("after", `
Examples:
  $ suishendai policy > my-policy.json
  $ suishendai policy --policy my-policy.json
  $ suishendai simulate examples/profiles/typical.json --policy my-policy.json`)
    .action(async (raw: { policy?: string; format: string }) => {
      const { parseChoice } = await import("./parseInputs.js");
      parseChoice(raw.format, "--format", ["json"]);
      const { activePolicy } = await import("./policyOption.js");
      const { json } = await activePolicy(io, raw.policy);
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    });
}
