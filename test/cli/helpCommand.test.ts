import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

describe("help", () => {
  it("`help` prints the main help, exit 0", async () => {
    const r = await runCli(["help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: suishendai /);
    expect(r.stderr).toBe("");
  });

  it("`help quote` prints quote's help, exit 0", async () => {
    const r = await runCli(["help", "quote"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: suishendai quote /);
  });

  it("`help nosuch` is an unknown command", async () => {
    expectUsageError(await runCli(["help", "nosuch"]), /unknown command 'nosuch'/);
  });

  it.each([
    ["quot", "quote"],
    ["qoute", "quote"],
    ["compaer", "compare"],
    ["simulat", "simulate"],
    ["polcy", "policy"],
  ])("%s suggests %s", async (typed, meant) => {
    expectUsageError(await runCli([typed, "10000"]), new RegExp(`unknown command '${typed}'; did you mean '${meant}'\\?`));
  });

  it("no suggestion for a word like none of them", async () => {
    const r = await runCli(["xyzzy"]);
    expectUsageError(r, /unknown command 'xyzzy' \(commands: quote, compare, simulate, policy, portfolio, merge, fit, validate, completion, help\)/);
    expect(r.stderr).not.toMatch(/did you mean/);
  });
});

describe("every help shows examples, -q/--quiet, and no `(default: [])`", () => {
  it.each([[[]], [["quote"]], [["compare"]], [["simulate"]], [["policy"]], [["portfolio"]], [["merge"]], [["fit"]], [["validate"]], [["completion"]]])("%j --help", async (command) => {
    const r = await runCli([...command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nExamples:\n {2}\$ .*suishendai /);
    expect(r.stdout).toMatch(/-q, --quiet/);
    expect(r.stdout).not.toMatch(/default: \[\]/);
  });

  it("-q is declared once, on the program, and still works after the command", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "-q", "--format", "json"]);
    expect(r.code).toBe(0);
  });
});
