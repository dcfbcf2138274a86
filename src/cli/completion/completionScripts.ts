import type { CommandCompletion } from "./completionSpec.js";

const quoteWords = (words: readonly string[]) => words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");

/** Bash: a completion function over COMP_WORDS, registered with `complete -F`. */
export function bashScript(commands: readonly CommandCompletion[], globals: readonly string[]): string {
  const valueCases = commands.flatMap((c) =>
    Object.entries(c.values).map(([option, v]) => `    ${c.name}:${option}) ${v === "FILE" ? "COMPREPLY=( $(compgen -f -- \"$cur\") )" : `COMPREPLY=( $(compgen -W "${quoteWords(v)}" -- "$cur") )`}; return ;;`),
  );
  const optionCases = commands.map((c) => `    ${c.name}) opts=${JSON.stringify(c.options.join(" "))}; arg=${JSON.stringify(Array.isArray(c.argument) ? c.argument.join(" ") : c.argument)} ;;`);
  return `# suishendai completion for bash: eval "$(suishendai completion bash)"
_suishendai() {
  local cur prev cmd opts arg
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(" ")} ${globals.join(" ")}" -- "$cur") )
    return
  fi
  cmd="\${COMP_WORDS[1]}"
  case "$cmd:$prev" in
${valueCases.join("\n")}
  esac
  case "$cmd" in
${optionCases.join("\n")}
    *) opts=""; arg="NONE" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  elif [ "$arg" = "FILE" ]; then
    COMPREPLY=( $(compgen -f -- "$cur") )
  elif [ "$arg" != "NONE" ]; then
    COMPREPLY=( $(compgen -W "$arg" -- "$cur") )
  fi
}
complete -F _suishendai suishendai
`;
}

/** Zsh: the bash function through zsh's bashcompinit, so both shells complete alike. */
export function zshScript(commands: readonly CommandCompletion[], globals: readonly string[]): string {
  return `#compdef suishendai
# suishendai completion for zsh: eval "$(suishendai completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bashScript(commands, globals).split("\n").slice(1).join("\n")}`;
}

/** Fish: one `complete` line per command, option and fixed value. */
export function fishScript(commands: readonly CommandCompletion[]): string {
  const lines = ["# suishendai completion for fish: suishendai completion fish | source", "complete -c suishendai -f"];
  for (const c of commands) lines.push(`complete -c suishendai -n __fish_use_subcommand -a ${c.name}`);
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    if (c.argument === "FILE") lines.push(`complete -c suishendai ${when} -F`);
    else if (c.argument !== "NONE") lines.push(`complete -c suishendai ${when} -a ${JSON.stringify(c.argument.join(" "))}`);
    for (const option of c.options) {
      const flag = option.startsWith("--") ? `-l ${option.slice(2)}` : `-s ${option.slice(1)}`;
      const v = c.values[option];
      lines.push(`complete -c suishendai ${when} ${flag}${v === "FILE" ? " -r -F" : v ? ` -x -a ${JSON.stringify(v.join(" "))}` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
