import Table from "cli-table3";

/** A bordered table with no rule between rows: long schedules stay readable. */
export function compactTable(head: readonly string[], colAligns: readonly ("left" | "right")[]): InstanceType<typeof Table> {
  return new Table({
    head: [...head],
    colAligns: [...colAligns],
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
}
