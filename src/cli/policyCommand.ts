import type { Command } from "commander";
import { FORMATS } from "../views/formats.js";
import type { CliIo } from "./io.js";
import { addPolicySubcommands } from "./policySubcommands.js";
import { addFormatOptions, policyOption } from "./sharedOptions.js";

/** Registers `policy`: prints the active credit policy as JSON, to copy and edit. */
export function addPolicyCommand(program: Command, io: CliIo): void {
  const command = program
    .command("policy")
    .description("print the active credit policy (built-in, or --policy FILE after validation)")
    .addOption(policyOption("a credit policy JSON file to validate and print"))
    .addHelpText("after", `
Examples:
  $ suishendai policy > my-policy.json
  $ suishendai policy --policy my-policy.json
  $ suishendai policy lint my-policy.json
  $ suishendai policy diff old.json my-policy.json
  $ suishendai simulate examples/profiles/typical.json --policy my-policy.json`);
  addFormatOptions(command, FORMATS.policy, "json (the only format: a policy is JSON)")
    .action(async (raw: { policy?: string; format: string }) => {
      const { parseChoice } = await import("./parseInputs.js");
      parseChoice(raw.format, "--format", FORMATS.policy);
      const { activePolicy } = await import("./policyOption.js");
      const { json } = await activePolicy(io, raw.policy);
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    });
  addPolicySubcommands(command, io);
}
