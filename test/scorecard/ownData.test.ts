import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { checkOwnData } from "./ownDataCheck.js";

describe("fit on a team's own data (examples/generate-own.mjs, a known true model)", () => {
  it("4,000 records: holdout AUC within 0.03 of the true PD's on the same records; simulate scores as fit --scores", async () => {
    const { fitted, truth } = await checkOwnData(4000, 20261208, 0.03);
    expect(truth).toBeGreaterThan(0.65);
    expect(fitted).toBeGreaterThan(0.6);
  });
});
