import Table from "cli-table3";

/** The same frame in plain ASCII, for `--ascii` and terminals that are not UTF-8. */
const ASCII_FRAME = {
  top: "-", "top-mid": "+", "top-left": "+", "top-right": "+",
  bottom: "-", "bottom-mid": "+", "bottom-left": "+", "bottom-right": "+",
  left: "|", right: "|", middle: "|",
};

/** A bordered table with no rule between rows: long schedules stay readable. */
export function compactTable(head: readonly string[], colAligns: readonly ("left" | "right")[], ascii = false): InstanceType<typeof Table> {
  return new Table({
    head: [...head],
    colAligns: [...colAligns],
    style: { head: [], border: [] },
    chars: { ...(ascii ? ASCII_FRAME : {}), mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
}
