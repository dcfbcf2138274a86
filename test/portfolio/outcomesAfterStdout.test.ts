import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "./population.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const write = tempWriter("suishendai-outcomes-stdout-");

// --outcomes takes its place only once the result is on stdout: a run whose
// result cannot be written has failed, so the old file stays (built binary).
describe.runIf(existsSync("/dev/full"))("--outcomes and a result that cannot be written", () => {
  it.each([[[]], [["--partial"]]])("stdout on /dev/full %j: exit 1, the old file kept, no temporary left", (extra) => {
    const input = write(`pop${extra.length}.ndjson`, `${population(40).join("\n")}\n`);
    const keep = join(dirname(input), `keep${extra.length}.ndjson`);
    writeFileSync(keep, "precious\n");
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, "portfolio", input, "--outcomes", keep, ...extra], { cwd: root, encoding: "utf8", stdio: ["ignore", full, "pipe"], env: { PATH: process.env.PATH ?? "" } });
      expect(r.stderr).toBe("error: output: cannot write to stdout: no space left on device\n");
      expect(r.status).toBe(1);
    } finally {
      closeSync(full);
    }
    expect(readFileSync(keep, "utf8")).toBe("precious\n");
    expect(readdirSync(dirname(keep)).filter((f) => f.includes(`keep${extra.length}`))).toEqual([`keep${extra.length}.ndjson`]);
  });
});
