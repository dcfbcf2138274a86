import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const row = (stdout: string, field: string) => stdout.split("\n").find((l) => l.includes(` ${field} `))?.split("│").map((c) => c.trim());

describe("simulate --explain: the Value column of unusual but valid profiles", () => {
  it("a repeating dsr shows 4 decimals, not 40 digits (1,000 / 3,000 = 0.3333…)", async () => {
    const r = await runCli(["simulate", "-", "--explain", "--lang", "en"], {}, false, JSON.stringify({ ...typical, monthlyIncome: 3000, existingMonthlyDebt: 1000 }));
    expect(row(r.stdout, "dsr")?.[3]).toBe("0.3333");
  });

  it("a very large or very small number is written out, not in exponent form", async () => {
    const r = await runCli(["simulate", "-", "--explain", "--lang", "en"], {}, false, JSON.stringify({ ...typical, spend12m: 1e21, refundRate12m: 1e-7 }));
    expect(row(r.stdout, "spend12m")?.[3]).toBe("1000000000000000000000");
    expect(row(r.stdout, "refundRate12m")?.[3]).toBe("0.0000001");
  });

  it("missing values show a dash, and the exact dsr 0.25 stays 0.25", async () => {
    const r = await runCli(["simulate", "-", "--explain", "--lang", "en"], {}, false, JSON.stringify({ invited: true, age: 30, monthlyIncome: 10000, existingMonthlyDebt: 2500 }));
    expect(row(r.stdout, "zhimaScore")?.[3]).toBe("—");
    expect(row(r.stdout, "dsr")?.[3]).toBe("0.25");
    expect(r.stdout).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});
