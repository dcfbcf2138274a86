import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary folder and a writer into it: write(name, text) returns the file's path. */
export function tempWriter(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Writes the built-in policy, edited by `edit`, as a temporary file (through `write`); returns its path. */
export function policyVariant(write: (name: string, text: string) => string): (name: string, edit: (p: Json) => void) => string {
  const base = readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8");
  return (name, edit) => {
    const p = JSON.parse(base) as Json;
    edit(p);
    return write(name, JSON.stringify(p, null, 2));
  };
}
