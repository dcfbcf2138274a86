import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runBin } from "./runCli.js";

/** Sources the bash script and asks it to complete `line` (a trailing space starts a new word). */
function completeInBash(script: string, line: string): string[] {
  const program = `
source /dev/stdin <<'SCRIPT'
${script}
SCRIPT
read -ra COMP_WORDS <<< "$LINE"
[[ "$LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))
_suishendai
printf '%s\\n' "\${COMPREPLY[@]}"
complete -p suishendai >&2`;
  const r = spawnSync("bash", ["-c", program], { encoding: "utf8", env: { ...process.env, LINE: line } });
  expect(r.stderr).toContain("complete -F _suishendai suishendai");
  return r.stdout.split("\n").filter(Boolean);
}

describe("shell completion", () => {
  const bash = runBin(["completion", "bash"]).stdout;

  it.each([
    ["suishendai q", ["quote"]],
    ["suishendai quote --met", ["--method"]],
    ["suishendai quote --method 等额", ["等额本息", "等额本金"]],
    ["suishendai quote --format ", ["table", "json", "csv"]],
    ["suishendai simulate --format ", ["table", "json", "csv"]],
    ["suishendai compare --cha", ["--chart"]],
    ["suishendai completion ", ["bash", "zsh", "fish"]],
    ["suishendai simulate --summary-format j", ["json"]],
    ["suishendai compare --preset huabei-", ["huabei-3", "huabei-6", "huabei-9", "huabei-12"]],
    ["suishendai compare --preset j", ["jiebei"]],
    ["suishendai compare --sort ", ["rate", "cost", "payment"]],
    ["suishendai compare --layout ", ["table", "vertical"]],
    ["suishendai compare --list", ["--list-presets"]],
    ["suishendai quote --pay", ["--payment"]],
    ["suishendai quote --st", ["--start", "--step"]],
  ])("bash completes %j", (line, expected) => {
    expect(completeInBash(bash, line)).toEqual(expected);
  });

  it("prints zsh and fish scripts, and refuses other shells", () => {
    expect(runBin(["completion", "zsh"]).stdout).toMatch(/^#compdef suishendai\n.*bashcompinit/s);
    const fish = runBin(["completion", "fish"]).stdout;
    expect(fish).toContain("complete -c suishendai -n '__fish_seen_subcommand_from quote' -l method -x -a");
    const bad = runBin(["completion", "tcsh"]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
  });
});
