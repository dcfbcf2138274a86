import type { LoanInputError } from "../engine/loanInputError.js";
import { FieldError, said, the } from "./fieldError.js";
import { FIELDS, type Field } from "./fields.js";

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

/**
 * What only the engine can tell (a prepayment above the day's payoff, a late
 * period past the schedule) as a FieldError: the field, the engine's code,
 * and its words for the problem. Anything else from the engine broke the
 * app's validation and stays the engine's error.
 */
export function engineRefusal(error: LoanInputError): FieldError | LoanInputError {
  return isField(error.field) ? new FieldError(error.field, error.code, said`${the(error.field)}: ${error.says}`) : error;
}
