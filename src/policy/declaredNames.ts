import type { DeclaredField, ProfileDeclarations } from "../engine/simulate/types.js";

const NONE: readonly string[] = [];
const names = new WeakMap<readonly DeclaredField[], readonly string[]>();

/** The names of the fields a policy declares (none for the built-in list alone), computed once per policy. */
export function declaredNames(declarations: ProfileDeclarations | undefined): readonly string[] {
  const fields = declarations?.fields;
  if (!fields?.length) return NONE;
  let list = names.get(fields);
  if (!list) names.set(fields, (list = fields.map((f) => f.name)));
  return list;
}

/**
 * The declarations records are read under when several policies score them
 * (portfolio's champion and challengers): every policy's declared fields, the
 * first policy's where two declare one name, and the first policy's required list.
 */
export function mergedDeclarations(policies: readonly ProfileDeclarations[]): ProfileDeclarations {
  const [first] = policies;
  const fields: DeclaredField[] = [];
  for (const p of policies) for (const f of p.fields ?? []) if (!fields.some((g) => g.name === f.name)) fields.push(f);
  return { ...(fields.length ? { fields } : {}), ...(first?.requiredFields === undefined ? {} : { requiredFields: first.requiredFields }) };
}
