import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { policyVariant, tempWriter } from "./tempFiles.js";

// Issue 21: `policy diff` compared lists by position (a dropped characteristic showed as every
// later one renamed) and exited 0 whatever it found.
const write = tempWriter("suishendai-diff-");
const base = readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8");
const policy = policyVariant(write);
const original = write("original.json", base);
const c03 = JSON.stringify(JSON.parse(base).scorecard.characteristics[2]);

describe("policy diff matches knock-outs by code, characteristics by id, bands by name", () => {
  it("a dropped characteristic is one line, not seven renamed ones; exit 1", async () => {
    const dropped = policy("dropped.json", (p) => p.scorecard.characteristics.splice(2, 1));
    expect(await runCli(["policy", "diff", original, dropped])).toEqual({ code: 1, stdout: `- scorecard.characteristics.C03: ${c03}\n`, stderr: "" });
    // and back again: the one line, added
    expect((await runCli(["policy", "diff", dropped, original])).stdout).toBe(`+ scorecard.characteristics.C03: ${c03}\n`);
  });

  it("a changed value inside a matched item is named by the item's name, after another item was dropped", async () => {
    const b = policy("band.json", (p) => {
      p.bands.splice(1, 1); // band B gone: band D is now bands[2]
      p.bands[2].apr = 13.5;
      p.knockouts.splice(0, 1); // KO01 gone
      p.knockouts[6].value = 600; // KO08, now knockouts[6]
    });
    const r = await runCli(["policy", "diff", original, b]);
    expect(r.code).toBe(1);
    const { knockouts, bands } = JSON.parse(base);
    expect(r.stdout).toBe(`- knockouts.KO01: ${JSON.stringify(knockouts[0])}\n  knockouts.KO08.value: 550 → 600\n- bands.B: ${JSON.stringify(bands[1])}\n  bands.D.apr: 12.775 → 13.5\n`);
  });

  it("the same items in another order: one line says so (the first knock-out hit decides)", async () => {
    const moved = policy("moved.json", (p) => p.knockouts.push(p.knockouts.shift()));
    const r = await runCli(["policy", "diff", original, moved]);
    const codes = Array.from({ length: 14 }, (_, i) => `"KO${String(i + 1).padStart(2, "0")}"`);
    expect([r.code, r.stdout]).toEqual([1, `  knockouts (order): [${codes.join(",")}] → [${[...codes.slice(1), codes[0]].join(",")}]\n`]);
  });

  it("names missing or repeated: that list by position, as before", async () => {
    const twice = policy("twice.json", (p) => {
      p.bands[1].band = "A";
      p.bands[1].apr = 9.5;
    });
    const r = await runCli(["policy", "diff", original, twice]);
    expect([r.code, r.stdout]).toEqual([1, '  bands[1].band: "B" → "A"\n  bands[1].apr: 9.125 → 9.5\n']);
  });

  it("a name that is not a plain word is quoted", async () => {
    const a = write("a.json", JSON.stringify({ bands: [{ band: "top tier", apr: 8 }] }));
    const b = write("b.json", JSON.stringify({ bands: [{ band: "top tier", apr: 9 }] }));
    expect((await runCli(["policy", "diff", a, b])).stdout).toBe('  bands["top tier"].apr: 8 → 9\n');
  });
});

describe("policy diff exits as diff(1): 0 the same, 1 different, 2 trouble", () => {
  it("the same values: exit 0, nothing on stdout, said on stderr", async () => {
    const respaced = write("respaced.json", JSON.stringify(JSON.parse(base)));
    expect(await runCli(["policy", "diff", original, respaced])).toEqual({ code: 0, stdout: "", stderr: `policy diff: ${original} and ${respaced} have the same values\n` });
  });

  it("a file that is not JSON, or cannot be read: exit 2, one line, nothing on stdout", async () => {
    const broken = write("broken.json", "{");
    const bad = await runCli(["policy", "diff", original, broken]);
    expect([bad.code, bad.stdout, bad.stderr.split("\n").length, bad.stderr.startsWith(`error: policy ${broken}: not valid JSON`)]).toEqual([2, "", 2, true]);
    const missing = await runCli(["policy", "diff", original, `${broken}.nosuch`]);
    expect([missing.code, missing.stdout, missing.stderr.startsWith(`error: policy: cannot read ${broken}.nosuch`)]).toEqual([2, "", true]);
  });
});
