import { LoanInputError } from "../loanInputError.js";
import { bullet } from "./bullet.js";
import { equalInstallment } from "./equalInstallment.js";
import { equalPrincipal } from "./equalPrincipal.js";
import { flatFee } from "./flatFee.js";
import { interestOnly } from "./interestOnly.js";
import type { MethodDefinition } from "./types.js";

export type { MethodDefinition, PrepayRowsRequest, RowsRequest } from "./types.js";

/** The registry: every repayment method, in the order help texts list them. */
const DEFINITIONS = [equalInstallment, equalPrincipal, interestOnly, bullet, flatFee] as const;

/** Repayment methods, by their canonical (English, kebab-case) names. */
export type Method = (typeof DEFINITIONS)[number]["id"];

/** Every method's definition. */
export const METHOD_DEFINITIONS: readonly MethodDefinition<Method>[] = DEFINITIONS;

/** Every method, canonical names. */
export const METHODS: readonly Method[] = DEFINITIONS.map((d) => d.id);

/** The definition of method `id` (a LoanInputError on "method" for an unknown id). */
export function methodDefinition(id: Method): MethodDefinition<Method> {
  const found = METHOD_DEFINITIONS.find((d) => d.id === id);
  if (!found) throw new LoanInputError("method", `method must be one of ${METHODS.join(", ")}`);
  return found;
}

/** The method a name stands for (its id or an alias), or undefined for an unknown name. */
export function methodFromName(name: string): Method | undefined {
  return METHOD_DEFINITIONS.find((d) => d.id === name || d.aliases.includes(name))?.id;
}

/** Every accepted name, each method's id then its aliases, for help texts and error messages. */
export function methodNames(): string[] {
  return METHOD_DEFINITIONS.flatMap((d) => [d.id, ...d.aliases]);
}
