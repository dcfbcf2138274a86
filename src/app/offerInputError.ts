import { UsageError } from "./errors.js";
import type { FieldError } from "./fieldError.js";

/** A refused offer of compare: the offer (counted from 1) and what about it, so the caller can name both. */
export class OfferInputError extends UsageError {
  constructor(
    readonly offer: number,
    readonly refused: FieldError,
  ) {
    super(`offer ${offer}: ${refused.message}`);
  }
}
