/** The system's reason for a failed write, in plain words (never a bare code such as ENOSPC). */
export function writeReason(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: "no space left on device", ENOENT: "no such directory", EACCES: "permission denied", EPERM: "permission denied",
    EISDIR: "it is a directory", EROFS: "read-only file system", EDQUOT: "disk quota exceeded", ENOTDIR: "a part of the path is not a directory",
    EIO: "input/output error", EFBIG: "file too large", ELOOP: "too many symbolic links", ENAMETOOLONG: "the name is too long",
  };
  return (error.code && words[error.code]) ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*$/, "");
}
