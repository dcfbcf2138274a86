import { encodingProblem } from "../../json/encoding.js";
import type { InputSource } from "./inputSource.js";
import { NotText } from "./recordLimit.js";
import { Utf8Text } from "./utf8Text.js";

/**
 * The input as text, a chunk at a time; a line holding invalid UTF-8 is
 * marked (see Utf8Text) to become an error record naming its line, never a
 * crash, and a UTF-8 byte order mark at the start is dropped. Input that is
 * UTF-16 or binary (judged from its first chunk) fails at once with NotText
 * instead of turning into garbage records.
 */
export async function* textChunks(source: InputSource): AsyncGenerator<string> {
  const decoder = new Utf8Text();
  // Judged on the first text as a lenient decoder shows it (gzip's 1f 8b is "\u001f\ufffd"); it drops a BOM.
  const probe = new TextDecoder("utf-8");
  let checked = false;
  let start = true;
  for await (const chunk of source.chunks) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk);
    if (!checked) {
      const shown = typeof chunk === "string" ? chunk : probe.decode(chunk, { stream: true });
      checked = shown !== "";
      const problem = checked ? encodingProblem(shown) : undefined;
      if (problem) throw new NotText(problem);
    }
    if (start && text && typeof chunk !== "string") text = text.startsWith("\ufeff") ? text.slice(1) : text;
    start &&= !text;
    if (text) yield text;
  }
  const last = decoder.end();
  if (last) yield last;
}
