import { encodingProblem } from "../../json/encoding.js";
import type { InputSource } from "./inputSource.js";
import { NotText } from "./recordLimit.js";

/**
 * The input as text, a chunk at a time; invalid UTF-8 becomes U+FFFD, never a
 * crash, and a UTF-8 byte order mark at the start is dropped. Input that is
 * UTF-16 or binary (judged from its first chunk) fails at once with NotText
 * instead of turning into garbage records.
 */
export async function* textChunks(source: InputSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let checked = false;
  for await (const chunk of source.chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (!text) continue;
    if (!checked) {
      checked = true;
      const problem = encodingProblem(text);
      if (problem) throw new NotText(problem);
    }
    yield text;
  }
  const last = decoder.decode();
  if (last) yield last;
}
