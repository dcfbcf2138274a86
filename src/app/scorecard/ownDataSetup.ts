import { declarations } from "../../policy/compilePolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";
import { idColumnOf } from "./idColumn.js";
import type { FieldInference, FieldLeftOut, FieldType } from "./inferFieldTypes.js";
import type { CollectorOptions } from "./labelledRecords.js";
import { columnsOf, isOwnData, ownDataFields, typedRecord } from "./ownDataPlan.js";
import { ownDataBase } from "./ownDataPolicy.js";

/** What fit knows before it reads: the target, --id, --fields, the base policy and whether it is the built-in one. */
export interface OwnDataRequest {
  readonly target: string;
  readonly id?: string;
  readonly fields?: readonly string[];
  readonly base: PolicyJson;
  readonly builtIn: boolean;
}

/** A fit on the team's own columns: the fields and their types, the base policy to bin them on. */
export interface OwnData {
  readonly fields: readonly FieldInference[];
  readonly leftOut: readonly FieldLeftOut[];
  readonly notChosen: readonly string[];
  readonly policy: PolicyJson;
}

const declaredOf = (policy: PolicyJson) => new Map<string, FieldType>((policy.fields ?? []).map((f) => [f.name, f.type]));

/**
 * Looks at the records' columns once they are read: which holds the id, and
 * whether fit works on the team's own columns (see isOwnData). For own data:
 * the fields' types, the base policy, and how a record becomes a profile:
 * its fields in their types, checked against that policy's declarations.
 */
export function ownDataSetup(records: readonly Record<string, unknown>[], name: string, request: OwnDataRequest): { collector: CollectorOptions; own?: OwnData } {
  const columns = columnsOf(records);
  const idColumn = idColumnOf(columns, request.id, name);
  const base = request.base;
  const context = { target: request.target, idColumn, declared: declaredOf(base), ...(request.fields ? { fields: request.fields } : {}) };
  if (!isOwnData(columns, context)) return { collector: idColumn === undefined ? {} : { idColumn } };
  const chosen = ownDataFields(records, context);
  // Named after the input file, not its directories: "data.csv (fitted)" once fitted.
  const policy = ownDataBase(base, chosen.fields, { builtIn: request.builtIn, name: name.split(/[\\/]/).pop() ?? name });
  // The profile keeps the fields fitted on and the id; the columns left out are listed in the report, not warned as unknown.
  const keep = new Set(["id", ...chosen.fields.map((f) => f.name)]);
  const known = new Set(columns);
  return {
    collector: { ...(idColumn === undefined ? {} : { idColumn }), known, declarations: declarations(policy), typed: (value) => typedRecord(value, chosen.fields, keep) },
    own: { ...chosen, policy },
  };
}
