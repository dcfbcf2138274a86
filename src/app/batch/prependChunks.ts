/** A stream with some of its first chunks put back in front. */
export async function* prependChunks(first: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield* first;
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value;
}
