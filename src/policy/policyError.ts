/** A policy that cannot be used; the message names the path at fault. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
}
