import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const typical = "examples/profiles/typical.json";

describe("simulate --what-if on examples/profiles/typical.json", () => {
  const args = ["simulate", typical, "--what-if", "zhimaScore=700", "--what-if", "activeLenders=0", "--lang", "en"];

  it("shows the offer as it is and as it would be, and the points that changed", async () => {
    const r = await runCli(args);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // default-policy.json: C01 zhimaScore [650,700) 0 points, [700,750) 15; C03 activeLenders [1,3) 0, [0,1) 10.
    // Score 612 (as simulate shows it) + 15 + 10 = 637.
    expect(r.stdout).toMatch(/│ Score +│ +612 │ +637 │/);
    expect(r.stdout).toMatch(/│ C01 +│ zhimaScore +│ +680 → 700 │ +0 → 15 │/);
    expect(r.stdout).toMatch(/│ C03 +│ activeLenders +│ +1 → 0 │ +0 → 10 │/);
    expect(r.stdout).toContain("Points that changed:");
  });

  it("as JSON: both offers as the offer contract writes them, and what moved", async () => {
    const [w, plain] = [await runCli([...args, "--format", "json"]), await runCli(["simulate", typical, "--format", "json", "--lang", "en"])];
    const out = JSON.parse(w.stdout);
    expect(out.asIs).toEqual(JSON.parse(plain.stdout));
    expect(out.whatIf.score).toBe(637);
    expect(out.changed).toEqual([
      { id: "C01", field: "zhimaScore", value: [680, 700], points: [0, 15] },
      { id: "C03", field: "activeLenders", value: [1, 0], points: [0, 10] },
    ]);
  });

  it.each([
    [["simulate", "examples/profiles/population.ndjson", "--what-if", "zhimaScore=700"], "--what-if: compares one profile, and the input holds more (--set changes every record of a batch)"],
    [["simulate", typical, "--what-if", "zhimaScore=abc"], '--what-if zhimaScore: expected an integer, got "abc"'],
    [["simulate", typical, "--what-if", "nosuch=1"], "--what-if: unknown profile field"],
  ])("%j is refused naming --what-if", async (argv, message) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr.startsWith(`error: ${message}`)).toBe(true);
  });
});

describe("simulate --schedule and --set request=null", () => {
  it("--schedule: the requested loan's schedule under its one-line quote", async () => {
    const r = await runCli(["simulate", typical, "--schedule", "--lang", "en"]);
    expect(r.code).toBe(0);
    // 10,000 over 9 terms at 12.775%: PMT(12.775%/12, 9, −10,000) = 1,171.09; first interest 10,000 × 12.775%/12 = 106.46
    expect(r.stdout).toContain("Requested CNY 10,000.00 over 9 terms: CNY 1,171.09 a month\n┌────────┬────────────┬");
    expect(r.stdout).toMatch(/│ +1 │ 2026-02-15 │ 1,171\.09 │ +1,064\.63 │ +106\.46 │ 8,935\.37 │/);
    expect(r.stdout).toMatch(/│ +9 │ 2026-10-15 │ [\d,.]+ │ +[\d,.]+ │ +[\d,.]+ │ +0\.00 │/);
  });

  it("without --schedule the view is as before (no schedule)", async () => {
    const r = await runCli(["simulate", typical, "--lang", "en"]);
    expect(r.stdout).not.toContain("Due date");
  });

  it("--set request=null removes the request: no quote", async () => {
    const r = await runCli(["simulate", typical, "--set", "request=null", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.quote).toBeUndefined();
    expect(out.decision).toBe("approved");
  });

  it.each([
    [["simulate", typical, "--schedule", "--format", "json"], "--schedule: draws the table format's schedule; --format json holds it in quote.schedule"],
    [["simulate", typical, "--schedule", "--what-if", "age=40"], "--schedule: not with --what-if (its view sets two offers side by side)"],
    [["simulate", "examples/profiles/population.ndjson", "--schedule"], "--schedule: draws one profile's table; each NDJSON line of a batch holds its quote's schedule already"],
    [["simulate", typical, "--set", "request={}"], "--set request: only null is allowed (request=null removes the request), got {}"],
  ])("%j is refused", async (argv, message) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr.startsWith(`error: ${message}`)).toBe(true);
  });

  // Issue 21: it said `unknown profile field "request"; did you mean "request"?`.
  it.each([
    ["--set", 'request={"amount":10000,"terms":6}', '--set request: only null is allowed (request=null removes the request), got {"amount":10000,"terms":6}; set the loan with request.amount=… and request.terms=…'],
    ["--what-if", "request=5000", "--what-if request: only null is allowed (request=null removes the request), got 5000; set the loan with request.amount=… and request.terms=…"],
  ])("%s %s says request takes only null, and how to set the loan, in one line", async (option, value, message) => {
    const r = await runCli(["simulate", typical, option, value]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${message}\n`]);
  });
});
