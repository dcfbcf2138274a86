import type { FieldInference, FieldLeftOut } from "./inferFieldTypes.js";
import type { LabelledData } from "./labelledRecords.js";

/** What a fit says about its labels and, on own data, its fields: for the report. */
export interface LabelsReport {
  /** `--bad VALUE`; null: the target is 0/1. */
  readonly bad: string | null;
  readonly classes: { readonly goods: number; readonly bads: number };
  /** Own data only: each field fitted on, its type and where the type came from. */
  readonly fields?: readonly FieldInference[];
  /** Own data only: fields that cannot be a characteristic, and why. */
  readonly fieldsLeftOut?: readonly FieldLeftOut[];
}

/** A left-out field as the warnings list it: kind `fieldLeftOut`, the facts and an English text. */
export interface FieldLeftOutWarning {
  readonly kind: "fieldLeftOut";
  readonly field: string;
  readonly reason: FieldLeftOut["reason"];
  readonly text: string;
}

const WHY: Record<FieldLeftOut["reason"], (f: FieldLeftOut) => string> = {
  allMissing: () => "no record has a value",
  oneValue: (f) => `every record that has it holds ${JSON.stringify(f.value)} (${f.present} records)`,
  notScalar: () => "its values are objects or arrays, which no bin can hold",
  allDistinct: (f) => `each of its ${f.present} values is another (an identifier or free text, not a category)`,
  rowNumber: (f) => `its values are the whole numbers of a row count, one each (${f.present} records): a row number`,
  badName: (f) => (f.name.trim() === "" ? "it has no name (as the row index pandas writes)" : "a name no policy field can have (every JavaScript object has it, or it is the derived dsr)"),
};

/** The report's labels and fields, with a warning per field left out. */
export function labelsReport(data: LabelledData, options: { bad?: string; fields?: readonly FieldInference[]; leftOut?: readonly FieldLeftOut[] }): { labels: LabelsReport; warnings: FieldLeftOutWarning[] } {
  const bads = data.targets.reduce<number>((s, t) => s + t, 0);
  const labels: LabelsReport = {
    bad: options.bad ?? null,
    classes: { goods: data.targets.length - bads, bads },
    ...(options.fields ? { fields: options.fields, fieldsLeftOut: options.leftOut ?? [] } : {}),
  };
  const shownName = (name: string) => (name.trim() === "" ? "a column without a name" : name);
  const warnings = (options.leftOut ?? []).map((f): FieldLeftOutWarning => ({ kind: "fieldLeftOut", field: f.name, reason: f.reason, text: `${shownName(f.name)}: left out, ${WHY[f.reason](f)}` }));
  return { labels, warnings };
}
