import type { Options } from "cli-progress";
import { wantsAscii } from "../../views/wantsAscii.js";
import type { CliIo } from "../io.js";
import { barStream } from "./barStream.js";

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
 * pipes or CI, so logs and piped output stay clean; and never when stdout is
 * a terminal that the run writes lines to (simulate): those lines scroll there
 * and show the progress themselves, and a bar redrawn between them would write
 * over them. portfolio writes its result only after the bar has gone, so it
 * keeps its bar (`linesOnStdout` false). cli-progress is loaded only when a
 * bar is drawn.
 *
 * The bar changes no terminal setting: line wrap stays as it is (a run that
 * ends abruptly can leave no terminal cutting lines at its width), and so
 * does the cursor. Ctrl-C stops it at once, so its timer never holds the
 * process open; callers also stop it in a finally.
 */
export async function startProgress(io: CliIo, quiet: boolean, command = "simulate", ascii = false, linesOnStdout = true): Promise<Progress> {
  if (quiet || !io.stderrIsTTY || (linesOnStdout && io.stdoutIsTTY) || io.env.CI) return SILENT;
  // cli-progress is CommonJS: inside the esbuild bundle its exports sit on
  // `default` only, so take them from there when present.
  const loaded = await import("cli-progress");
  const { SingleBar, Presets } = loaded.default ?? loaded;
  // linewrap: its README says null keeps the terminal's setting, but 3.12 reads null as false
  // (turn wrap off); only true leaves it alone (and still cuts the bar at the width).
  const options: Options = { format: progressFormat(command, ascii, io.env), stream: barStream(process.stderr) as unknown as NodeJS.WritableStream, clearOnComplete: true, hideCursor: false, linewrap: true, gracefulExit: false };
  const bar = new SingleBar(options, Presets.shades_classic);
  const started = Date.now();
  const stop = () => {
    process.removeListener("SIGINT", stop);
    bar.stop();
  };
  process.once("SIGINT", stop);
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
    stop,
  };
}
