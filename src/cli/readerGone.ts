import { OutputClosed } from "../app/errors.js";

/**
 * Writes to stdout; true when its reader had gone (`| head -1`, `| true`).
 * The view is lost then, not the files the command was asked to write: the
 * caller still writes them, and ends with OutputClosed (exit 0) after.
 */
export async function readerGone(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return false;
  } catch (error) {
    if (error instanceof OutputClosed) return true;
    throw error;
  }
}
