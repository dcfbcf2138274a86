import { unlinkSync } from "node:fs";
import { join } from "node:path";

/** Temporaries of this process not yet renamed or removed: a second Ctrl-C (process.exit) removes them on the way out. */
export const TEMPS = new Set<string>();

/** `.NAME.PID.RANDOM.tmp`: hidden, beside NAME, and saying which process wrote it. */
export function tempName(name: string, pid: number, random: string): string {
  return `.${name}.${pid}.${random}.tmp`;
}

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Whether a process of that id runs here (EPERM: it does, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A killed writer (kill -9, a power cut) leaves its temporary: the next write
 * of the same file removes those whose process is gone. A live one may be a
 * second run writing the same file right now, so it is left alone.
 */
export async function removeStaleTemps(fs: { readdir(dir: string): Promise<string[]>; unlink(path: string): Promise<void> }, dir: string, name: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const entry of names) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    await fs.unlink(join(dir, entry)).catch(() => {});
  }
}

/** Synchronous, for the moment the process exits at once. */
export function removeTempsNow(): void {
  for (const temp of TEMPS) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  TEMPS.clear();
}
