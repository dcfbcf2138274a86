/** One input record: where it stood and its parsed value, or its text (`at`: its first line in the file), or why it cannot be read. */
export type InputRecord =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly text: string; readonly at?: number }
  | { readonly line: number; readonly parseError: string; readonly id?: unknown; readonly located?: true };
