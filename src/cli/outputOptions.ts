// Kept so quoteRequest.ts (other work) resolves; the shared options live in sharedOptions.ts.
export { chosenFormat } from "./sharedOptions.js";
