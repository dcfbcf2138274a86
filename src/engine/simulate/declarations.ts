// What a policy says of its records beyond the built-in list (docs/policy.md, "Fields a policy declares"): plain data.

/** A value a set bin or an `in` rule lists: matched by equality. */
export type Level = string | number | boolean;

/** An extra profile field a policy declares (docs/policy.md "Fields a policy declares"). */
export type DeclaredField = { readonly name: string; readonly missing: boolean } & (
  | { readonly type: "number"; readonly min?: number; readonly max?: number; readonly integer?: boolean }
  | { readonly type: "category"; readonly levels?: readonly string[] }
  | { readonly type: "boolean" }
);

/** What a policy says of its records: its declared fields and, when it lists them, the fields every record must have. */
export interface ProfileDeclarations {
  readonly fields?: readonly DeclaredField[];
  /** Absent: the built-in list's required fields. */
  readonly requiredFields?: readonly string[];
}
