import { describe, expect, it } from "vitest";
import { checkOwnData } from "./ownDataCheck.js";

// test:slow: the same check as ownData.test.ts on 50,000 records, where the fit should come closer to the truth.
describe("fit on 50,000 records of own data (examples/generate-own.mjs)", () => {
  it("holdout AUC within 0.015 of the true PD's on the same records; simulate scores as fit --scores", async () => {
    const { fitted, truth } = await checkOwnData(50_000, 20261208, 0.015);
    expect(truth).toBeGreaterThan(0.7);
    expect(fitted).toBeGreaterThan(0.7);
  });
});
