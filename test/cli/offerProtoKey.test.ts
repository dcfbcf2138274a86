import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// `__proto__` is a key like `constructor`: unknown, so refused — not the
// record's prototype, silently dropped.

const write = tempWriter("suishendai-offer-proto-");
const KEYS = "name, amount, apr, daily-rate, terms, method, interest, fee-rate, total-fee-rate, upfront-fee, monthly-fee, finance-fee, year-basis, due-day, min-first-days, fee-residual, principal-rounding";

describe("an offer key __proto__ is refused as unknown: exit 2, one line", () => {
  it.each(["__proto__", "constructor"])("--offer %s=1,apr=12", async (key) => {
    const r = await runCli(["compare", "10000", "--offer", `${key}=1,apr=12`]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: offer 1: unknown key "${key}" (keys: ${KEYS})\n`]);
  });

  it.each(["__proto__", "constructor"])('--offers file with "%s":1', async (key) => {
    const file = write(`${key}.json`, `[{"${key}":1,"apr":12,"terms":12}]`);
    const r = await runCli(["compare", "10000", "--offers", file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: offer 1: unknown key "${key}" (keys: ${KEYS})\n`]);
  });

  it("with --terms (each offer copied per term) still refused", async () => {
    const r = await runCli(["compare", "10000", "--terms", "6,12", "--offer", "__proto__=1,apr=12"]);
    expect([r.code, r.stderr]).toEqual([2, `error: offer 1: unknown key "__proto__" (keys: ${KEYS})\n`]);
  });
});
