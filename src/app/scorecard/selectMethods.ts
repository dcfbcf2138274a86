// Apart from selectCharacteristics.ts: help and shell completion list the names at start-up,
// and must not load forward selection and its linear algebra to do it.

/** How the characteristics with enough IV become the model's: all of them, or forward selection by Wald p-value. */
export type SelectMethod = "none" | "forward";
export const SELECT_METHODS: readonly SelectMethod[] = ["none", "forward"];
