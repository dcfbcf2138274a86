import { readFileSync } from "node:fs";
import type { World } from "../engine/world/world.js";
import { parseJson } from "../json/parseJson.js";
import { compilePolicy } from "./compilePolicy.js";
import { policyFromJson } from "./loadPolicy.js";
import { defaultPolicy } from "./defaultPolicy.js";
import { describeIssue, formatPath } from "./formatIssue.js";
import { PolicyError } from "./policyError.js";
import { WorldSchema, type WorldJson } from "./worldSchema.js";

/** The built-in world: data/, found from src/ and dist/ alike (examples/generate-labelled.mjs reads it too). */
export const DEFAULT_WORLD_URL = new URL("../../data/default-world.json", import.meta.url);

/** Parses and validates a world file's text; throws PolicyError naming the field. */
export function worldFromText(text: string, source: string): WorldJson {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new PolicyError(`world ${source}: not valid JSON (${parsed.message})`);
  const policy = policyAsWorld(parsed.value, source);
  if (policy) return policy;
  const checked = WorldSchema.safeParse(parsed.value, { reportInput: true });
  if (!checked.success) {
    // An unknown key first: a typo is the likeliest cause of the rest ("coef" leaves coefficient missing).
    const issues = checked.error.issues;
    const issue = (issues.find((i) => i.code === "unrecognized_keys") ?? issues[0]) as (typeof issues)[number];
    const message = issue.code === "unrecognized_keys" || issue.message.startsWith("unknown field") ? issue.message : describeIssue(issue);
    throw new PolicyError(`world ${source}: ${formatPath(issue.path) || "(top level)"}: ${message}`);
  }
  return checked.data;
}

/** Keys only a policy has: a file with them and a scorecard is a whole policy (as `fit --out` writes it). */
const POLICY_ONLY = ["bands", "cutoff", "pricing", "knockouts", "limit"];

/** A whole policy as a world: its scorecard (with its scaling), named by the policy's name; checked as a policy is. */
function policyAsWorld(data: unknown, source: string): WorldJson | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("scorecard" in data)) return undefined;
  if (!POLICY_ONLY.some((key) => key in data)) return undefined;
  const { json } = policyFromJson(data, source);
  return { name: json.name, scorecard: json.scorecard };
}

let cached: WorldJson | undefined;

/** The product's default world, read once. */
export function defaultWorld(): WorldJson {
  cached ??= worldFromText(readFileSync(DEFAULT_WORLD_URL, "utf8"), "(built-in)");
  return cached;
}

/** A world as the engine runs it: a scorecard world is compiled in the built-in policy's frame (only its scorecard is read). */
export function compileWorld(json: WorldJson): World {
  if (json.logistic) return { kind: "logistic", model: json.logistic };
  if (json.scorecard) return { kind: "scorecard", policy: compilePolicy({ ...defaultPolicy().json, scorecard: json.scorecard }) };
  return { kind: "field", field: json.field ?? "" };
}
