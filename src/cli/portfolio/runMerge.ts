import { mergeParts } from "../../app/portfolio/mergeParts.js";
import { FORMATS } from "../../views/formats.js";
import { NotUtf8 } from "../strictUtf8.js";
import type { CliIo } from "../io.js";
import { chosenFormat, parseLang } from "../sharedOptions.js";
import { IoError, UsageError } from "../../app/errors.js";
import { sameFileAs } from "../sameFile.js";
import { finishPortfolio, portfolioStyle } from "./finishPortfolio.js";

export interface RawMergeOptions {
  readonly format: string;
  readonly json?: boolean;
  readonly lang?: string;
  readonly ascii?: boolean;
}

/** Runs `merge`: the parts written by `portfolio --partial` as one run, rendered exactly as that run alone would be. */
export async function runMerge(io: CliIo, files: readonly string[], raw: RawMergeOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.portfolio);
  const style = portfolioStyle(io, format, raw, parseLang(raw.lang, io.env));
  // Parts are files (a part is one JSON document a shard wrote): stdin is refused before anything is read.
  if (files.includes("-")) throw new UsageError("merge: - (stdin) is not a part file: parts are files written by portfolio --partial; save the part to a file");
  const parts = [];
  for (const [i, name] of files.entries()) {
    // The same file twice would count its applicants twice; equal contents (empty shards) are distinct parts.
    const twin = sameFileAs(name, files.slice(0, i));
    if (twin !== undefined) throw new UsageError(`merge: ${name} is the same file as ${twin}; give each part once`);
    const text = await io.readText(name).catch((error: Error) => {
      throw error instanceof NotUtf8 ? new UsageError(`merge: ${name}: ${error.message}`) : new IoError(`merge: cannot read ${name}: ${error.message}`);
    });
    parts.push({ name, text });
  }
  const { setup, aggregate } = mergeParts(parts);
  await finishPortfolio(io, aggregate, setup, format, style);
}
