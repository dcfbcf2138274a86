import { expect } from "vitest";
import type { CliResult } from "./runCli.js";

/** The house rule for bad input: exit 2, nothing on stdout, one `error: …` line matching `message`. */
export function expectUsageError(r: CliResult, message: RegExp): void {
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.startsWith("error: ")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
}
