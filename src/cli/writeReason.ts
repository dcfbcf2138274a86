import { getSystemErrorMap } from "node:util";

/** The system's reason for a failed write, in plain words (never a bare code such as ENOSPC). */
export function writeReason(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: "no space left on device", ENOENT: "no such directory", EACCES: "permission denied", EPERM: "permission denied",
    EISDIR: "it is a directory", EROFS: "read-only file system", EDQUOT: "disk quota exceeded", ENOTDIR: "a part of the path is not a directory",
    EIO: "input/output error", EFBIG: "file too large", ELOOP: "too many symbolic links", ENAMETOOLONG: "the name is too long",
  };
  // Another code: the system's own words for its number, not its message reworded.
  return (error.code && words[error.code]) ?? (error.errno === undefined ? undefined : getSystemErrorMap().get(error.errno)?.[1]) ?? error.message;
}
