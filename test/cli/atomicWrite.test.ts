import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { IoError } from "../../src/app/errors.js";
import { openAtomic, writeAtomic, type WriteFs } from "../../src/cli/atomicWrite.js";
import { tempWriter } from "./tempFiles.js";

// Every file the tool writes goes through writeAtomic/openAtomic: the old
// file survives any failure, its mode is kept, and the error names the path
// that failed. Faults are injected through the fs functions (no full disk needed).

const write = tempWriter("suishendai-atomic-");
const folder = (name: string) => {
  const dir = join(dirname(write("x", "")), name);
  mkdirSync(dir);
  return dir;
};
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real fs, with each FileHandle's writeFile, sync or the rename made to fail. */
function failing(where: "write" | "sync" | "rename" | "create", code: string): WriteFs {
  return {
    ...fsp,
    open: (async (path: string, flags: number | string, mode?: number) => {
      if (where === "create" && typeof flags === "number") throw errno(code);
      const handle = await fsp.open(path, flags, mode);
      if (where === "write") handle.writeFile = async () => { throw errno(code); };
      if (where === "sync") handle.sync = async () => { throw errno(code); };
      return handle;
    }) as WriteFs["open"],
    rename: where === "rename" ? async () => { throw errno(code); } : fsp.rename,
  };
}

describe("a write that fails leaves the old file, whole, and no temporary", () => {
  it.each([
    ["write", "ENOSPC", "no space left on device"],
    ["sync", "EIO", "input/output error"],
    ["write", "EDQUOT", "disk quota exceeded"],
  ] as const)("%s fails with %s: one line naming the file and the cause", async (where, code, words) => {
    const dir = folder(`fail-${where}-${code}`);
    const target = join(dir, "policy.json");
    writeFileSync(target, "old policy\n");
    const error = await writeAtomic(target, "x".repeat(100_000), "--out", failing(where, code)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect((error as Error).message).toBe(`--out: cannot write ${target}: ${words}`);
    expect(readFileSync(target, "utf8")).toBe("old policy\n");
    expect(readdirSync(dir)).toEqual(["policy.json"]);
  });

  it("a directory that refuses a new file is the one blamed, not the target", async () => {
    const dir = folder("readonly");
    const target = join(dir, "loans.ndjson");
    writeFileSync(target, "old\n");
    const error = await writeAtomic(target, "new\n", "--outcomes", failing("create", "EACCES")).catch((e: Error) => e);
    expect((error as Error).message).toBe(`--outcomes: cannot write ${target}: cannot create a file in ${dir}: permission denied`);
    expect(readFileSync(target, "utf8")).toBe("old\n");
  });

  it("a rename the directory refuses: the directory blamed, the old file kept, the temporary removed", async () => {
    const dir = folder("norename");
    const target = join(dir, "f.json");
    writeFileSync(target, "old\n");
    const error = await writeAtomic(target, "new\n", "--out", failing("rename", "EPERM")).catch((e: Error) => e);
    expect((error as Error).message).toBe(`--out: cannot write ${target}: cannot create a file in ${dir}: permission denied`);
    expect(readdirSync(dir)).toEqual(["f.json"]);
    expect(readFileSync(target, "utf8")).toBe("old\n");
  });

  // Root writes into a 0555 folder anyway: this one only means something for another user.
  it.runIf(process.getuid?.() !== 0)("a real read-only directory blames the directory", async () => {
    const dir = folder("real-readonly");
    const target = join(dir, "f.json");
    writeFileSync(target, "old\n");
    chmodSync(dir, 0o555);
    try {
      const error = await writeAtomic(target, "new\n", "--out").catch((e: Error) => e);
      expect((error as Error).message).toBe(`--out: cannot write ${target}: cannot create a file in ${dir}: permission denied`);
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(target, "utf8")).toBe("old\n");
  });

  it("a discarded file leaves the target as it was", async () => {
    const dir = folder("discard");
    const target = join(dir, "o.ndjson");
    writeFileSync(target, "old\n");
    const out = await openAtomic(target, "--outcomes");
    await out.write("half a line");
    await out.discard();
    expect(readdirSync(dir)).toEqual(["o.ndjson"]);
    expect(readFileSync(target, "utf8")).toBe("old\n");
  });
});

describe("what was there is kept", () => {
  it("an existing file's mode stays (0600 stays 0600, 0640 stays 0640)", async () => {
    for (const mode of [0o600, 0o640, 0o755]) {
      const target = write(`mode-${mode.toString(8)}.json`, "old\n");
      chmodSync(target, mode);
      await writeAtomic(target, "new\n", "--out");
      expect([statSync(target).mode & 0o777, readFileSync(target, "utf8")]).toEqual([mode, "new\n"]);
    }
  });

  it("a new file gets 0666 less the umask", async () => {
    const target = join(folder("newfile"), "new.json");
    await writeAtomic(target, "new\n", "--out");
    expect(statSync(target).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it("a symlink stays a link; the file it points to is replaced, in its own directory", async () => {
    const real = join(folder("real"), "policy.json");
    writeFileSync(real, "old\n");
    const link = join(folder("links"), "policy.json");
    symlinkSync(real, link);
    await writeAtomic(link, "new\n", "--out");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new\n");
    expect(readdirSync(dirname(real))).toEqual(["policy.json"]);
  });

  it("a device is written in place, never replaced (/dev/null stays the device)", async () => {
    await writeAtomic("/dev/null", "anything\n", "--outcomes");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("temporaries", () => {
  it("a dead writer's temporary is removed by the next write of that file; a live writer's is left", async () => {
    const dir = folder("stale");
    const target = join(dir, "o.ndjson");
    writeFileSync(target, "old\n");
    // pid 2^22+1 is above Linux's pid_max: no process has it. The parent (vitest) is alive.
    const dead = `.o.ndjson.${2 ** 22 + 1}.0123abcd.tmp`;
    const live = `.o.ndjson.${process.ppid}.0123abcd.tmp`;
    const other = `.other.ndjson.${2 ** 22 + 1}.0123abcd.tmp`;
    for (const name of [dead, live, other]) writeFileSync(join(dir, name), "partial");
    await writeAtomic(target, "new\n", "--outcomes");
    expect(readdirSync(dir).sort()).toEqual([live, other, "o.ndjson"].sort());
  });

  it("two writes of one file at once: the file is one of the two, whole, and no temporary remains", async () => {
    const dir = folder("race");
    const target = join(dir, "f.json");
    writeFileSync(target, "old\n");
    const a = `${"a".repeat(200_000)}\n`;
    const b = `${"b".repeat(300_000)}\n`;
    await Promise.all([writeAtomic(target, a, "--out"), writeAtomic(target, b, "--out")]);
    expect([a, b]).toContain(readFileSync(target, "utf8"));
    expect(readdirSync(dir)).toEqual(["f.json"]);
  });
});
