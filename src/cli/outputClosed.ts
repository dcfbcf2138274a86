/** The reader of stdout went away (`| head -1`): stop quietly, it is not an error. */
export class OutputClosed extends Error {
  override readonly name = "OutputClosed";
}
