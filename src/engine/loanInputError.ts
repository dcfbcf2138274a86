/** A loan the engine cannot quote; `field` names the input at fault. */
export class LoanInputError extends Error {
  override readonly name = "LoanInputError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
