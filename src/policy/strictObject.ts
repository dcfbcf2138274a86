import { z } from "zod";
import { nearName } from "./profileFields.js";

/**
 * A policy object that refuses keys it does not know: a typo (`mni` for `min`)
 * must not silently drop a rule's bound. The message names the first unknown
 * key and a near known one.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const key = String(issue.keys[0]);
      const near = nearName(key, known);
      const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 37)}...` : key);
      return `unknown key ${shown}${near ? ` (did you mean "${near}"?)` : ` (known: ${known.join(", ")})`}`;
    },
  });
}
