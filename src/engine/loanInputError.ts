/**
 * A loan the engine cannot quote, for a library caller who passed values
 * outside the engine's contract: `field` names the input at fault, `code`
 * the rule, `says` the problem without the field's name (the app layer
 * validates before the engine runs; what only the schedule can tell, such as a
 * prepayment above the payoff, arrives here and is reported with `says`).
 */
export class LoanInputError extends Error {
  override readonly name = "LoanInputError";
  constructor(
    readonly field: string,
    message: string,
    readonly code = "invalid",
    readonly says = message,
  ) {
    super(message);
  }
}
