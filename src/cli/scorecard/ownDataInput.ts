import { UsageError } from "../../app/errors.js";
import { columnsOf } from "../../app/scorecard/ownDataPlan.js";
import { idColumnOf } from "../../app/scorecard/idColumn.js";
import type { CollectorOptions } from "../../app/scorecard/labelledRecords.js";
import { ownDataSetup, type OwnData } from "../../app/scorecard/ownDataSetup.js";
import type { PolicyJson } from "../../policy/schemas.js";
import type { Lang } from "../../views/lang.js";
import { INPUT_NOTES, noteLines } from "./inputNotes.js";

/** `--bad` as the reading takes it: a value, never empty (an empty cell is a missing value, it cannot mean bad). */
export function labelOptions(raw: { readonly bad?: string }): { bad?: string } {
  if (raw.bad === undefined) return {};
  if (raw.bad === "") throw new UsageError("--bad: give the target's value that means bad, e.g. --bad yes (an empty cell is a missing value)");
  return { bad: raw.bad };
}

/** `--fields a,b,c` as names (spaces around a name are not part of it). */
const fieldList = (text: string) => text.split(",").map((name) => name.trim());

/** fit's reading of its input: the id column and, on own data, the fields; filled in once the records are read. */
export function ownDataReading(raw: { readonly target: string; readonly id?: string; readonly fields?: string; readonly policy?: string }, base: PolicyJson) {
  const state: { data?: OwnData } = {};
  const prepare = (records: readonly Record<string, unknown>[], name: string): CollectorOptions => {
    const setup = ownDataSetup(records, name, { target: raw.target, base, builtIn: raw.policy === undefined, ...(raw.id === undefined ? {} : { id: raw.id }), ...(raw.fields === undefined ? {} : { fields: fieldList(raw.fields) }) });
    if (setup.own) state.data = setup.own;
    return setup.collector;
  };
  return {
    prepare,
    get data() {
      return state.data;
    },
    /** The columns --fields leaves out, said once (they are not warned about as unknown). */
    notes(lang: Lang): string {
      const left = state.data?.notChosen ?? [];
      if (left.length === 0) return "";
      return noteLines(INPUT_NOTES[lang].notChosen(left));
    },
  };
}

/** The report's labels and fields from what was read. */
export function fitLabels(raw: { readonly bad?: string }, own: OwnData | undefined) {
  return { ...(raw.bad === undefined ? {} : { bad: raw.bad }), ...(own ? { fields: own.fields, leftOut: own.leftOut } : {}) };
}

/** validate's reading: the id column (--id, else id, else ID in any case). */
export function idReading(raw: { readonly id?: string }) {
  return (records: readonly Record<string, unknown>[], name: string): CollectorOptions => {
    const idColumn = idColumnOf(columnsOf(records), raw.id, name);
    return idColumn === undefined ? {} : { idColumn };
  };
}
