// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { fitReport, type FitReport } from "../../src/app/scorecard/fitReport.js";
import { LabelledCollector } from "../../src/app/scorecard/labelledRecords.js";
import { validateReport, type ValidateReport } from "../../src/app/scorecard/validateReport.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";

/** Generated labelled profiles, read as fit and validate read them. */
function labelled(count: number, seed: number): LabelledCollector {
  const collector = new LabelledCollector({ field: "defaulted" });
  (labelledProfiles(count, seed) as unknown[]).forEach((value, i) => collector.add({ line: i + 1, value }));
  return collector;
}

const data = labelled(3000, 11);

/** A real fit on 3000 generated records: long dsr cuts, warnings of several kinds. */
export const FIT: FitReport = fitReport(data.data, defaultPolicy().json, { seed: 1, target: "defaulted", invalid: 0 });

/** The fitted policy measured on another sample, against a baseline. */
export const VALIDATE: ValidateReport = validateReport(labelled(2000, 12).data, policyFromJson(FIT.policy, "fitted.json").policy, {
  target: "defaulted",
  policyName: "fitted.json",
  invalid: 0,
  baseline: { profiles: data.data.profiles, invalid: 0 },
});
