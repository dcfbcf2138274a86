import { IoError } from "../../app/errors.js";
import { mergeParts } from "../../app/portfolio/partial.js";
import { FORMATS } from "../../views/formats.js";
import type { CliIo } from "../io.js";
import { chosenFormat, parseLang } from "../sharedOptions.js";
import { finishPortfolio } from "./finishPortfolio.js";

export interface RawMergeOptions {
  readonly format: string;
  readonly json?: boolean;
  readonly lang?: string;
}

/** Runs `merge`: the parts written by `portfolio --partial` as one run, rendered exactly as that run alone would be. */
export async function runMerge(io: CliIo, files: readonly string[], raw: RawMergeOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.portfolio);
  const lang = parseLang(raw.lang, io.env);
  const parts = [];
  for (const name of files) {
    const text = await io.readText(name).catch((error: Error) => {
      throw new IoError(`merge: cannot read ${name === "-" ? "stdin" : name}: ${error.message}`);
    });
    parts.push({ name, text });
  }
  const { setup, aggregate } = mergeParts(parts);
  await finishPortfolio(io, aggregate, setup, format, lang);
}
