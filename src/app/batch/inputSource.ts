/** A source of bytes or text, and its size in bytes when known (for progress and the default --jobs). */
export interface InputSource {
  readonly chunks: AsyncIterable<string | Uint8Array>;
  readonly size?: number;
}
