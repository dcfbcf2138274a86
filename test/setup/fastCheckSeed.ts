import fc from "fast-check";

// Every property test draws from one fixed seed, so a run is repeatable and a
// red CI is a real failure, never a lucky draw. fast-check prints the seed and
// the counterexample's path when a property fails; FC_SEED=… explores others.
export const FC_SEED = Number(process.env.FC_SEED ?? 20261125);
fc.configureGlobal({ seed: FC_SEED });
