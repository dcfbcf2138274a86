import { wantsAscii } from "../../views/wantsAscii.js";
import type { CliIo } from "../io.js";

/** Reports a batch's progress; a no-op where nobody is watching. */
export interface Progress {
  update(records: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** The bar's text: a middle dot only on a UTF-8 terminal (LANG=C would show mojibake), else plain ASCII. */
export function progressFormat(command: string, ascii: boolean, env: Readonly<Record<string, string | undefined>>): string {
  return `${command} {value} profiles ${wantsAscii(ascii, env) ? "-" : "·"} {speed}/s`;
}

/**
 * A progress bar on stderr while a batch runs — only on a terminal, never in
 * pipes or CI, so logs and piped output stay clean. cli-progress is loaded
 * only then.
 */
export async function startProgress(io: CliIo, quiet: boolean, command = "simulate", ascii = false): Promise<Progress> {
  if (quiet || !io.stderrIsTTY || io.env.CI) return SILENT;
  // cli-progress is CommonJS: inside the esbuild bundle its exports sit on
  // `default` only, so take them from there when present.
  const loaded = await import("cli-progress");
  const { SingleBar, Presets } = loaded.default ?? loaded;
  const bar = new SingleBar({ format: progressFormat(command, ascii, io.env), stream: process.stderr, clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
  const started = Date.now();
  bar.start(0, 0, { speed: 0 });
  let last = 0;
  return {
    update(records) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      bar.setTotal(records);
      bar.update(records, { speed: Math.round((records * 1000) / Math.max(1, now - started)) });
    },
    stop: () => bar.stop(),
  };
}
