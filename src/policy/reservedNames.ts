import { z } from "zod";

/** Names every JavaScript object already has: a band or code with one would reach Object.prototype wherever a name is a key. */
export const RESERVED_NAMES: readonly string[] = ["__proto__", "constructor", "prototype"];

/** A policy's name for a band, a characteristic or a rule code: not empty, not reserved. */
export const policyName = z
  .string()
  .min(1)
  .refine((name) => !RESERVED_NAMES.includes(name), `must be a name other than ${RESERVED_NAMES.join(", ")} (JavaScript reserves them)`);
