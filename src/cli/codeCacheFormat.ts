import { createHash } from "node:crypto";

// V8 does not check a code cache's payload: one flipped byte can crash or
// mislead the process that runs it. So the file carries its own check, in
// the same file as the payload (one rename replaces both):
//   magic (8 bytes) · format version (u32 LE) · payload length (u32 LE) · sha256 of the payload (32) · payload

const MAGIC = Buffer.from("SSDV8CC\n", "latin1");
const VERSION = 1;
const DIGEST = 32;
/** Bytes before the payload. */
export const CACHE_HEADER_BYTES = MAGIC.length + 4 + 4 + DIGEST;

function digest(payload: Uint8Array): Buffer {
  return createHash("sha256").update(payload).digest();
}

/** The file's bytes for a payload: header, then the payload. */
export function sealCache(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(CACHE_HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(VERSION, MAGIC.length);
  header.writeUInt32LE(payload.length, MAGIC.length + 4);
  digest(payload).copy(header, MAGIC.length + 8);
  return Buffer.concat([header, payload]);
}

/** The payload when the header and digest agree with it, else undefined (never handed to V8). */
export function unsealCache(file: Buffer): Buffer | undefined {
  if (file.length < CACHE_HEADER_BYTES) return undefined;
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (file.readUInt32LE(MAGIC.length) !== VERSION) return undefined;
  if (file.readUInt32LE(MAGIC.length + 4) !== file.length - CACHE_HEADER_BYTES) return undefined;
  const payload = file.subarray(CACHE_HEADER_BYTES);
  const expected = file.subarray(MAGIC.length + 8, CACHE_HEADER_BYTES);
  return digest(payload).equals(expected) ? payload : undefined;
}
