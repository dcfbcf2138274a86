/** Not a failure to report: the batch ran, some records were invalid → exit 1 at the end. */
export class BatchHadErrors extends Error {
  override readonly name = "BatchHadErrors";
  constructor(readonly invalid: number) {
    super(`${invalid} invalid record(s)`);
  }
}
