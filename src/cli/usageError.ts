// Kept so files owned by other work (loanFields, quoteRequest, offers) resolve; the class lives in app/errors.
export { UsageError } from "../app/errors.js";
