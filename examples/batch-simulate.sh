#!/usr/bin/env bash
# Scores a population and summarizes it with jq: decisions, the approvals'
# mean limit and APR, and the five most common decline codes. Invalid records
# are skipped and counted on stderr; the exit code is then 1, as simulate's.
# Usage: examples/batch-simulate.sh [profiles.ndjson | -]   (needs jq)
set -euo pipefail
usage="usage: examples/batch-simulate.sh [profiles.ndjson | -]"
fail() { echo "error: $1 ($usage)" >&2; exit 2; }
[ $# -le 1 ] || fail "at most one file, got $# arguments"
input=${1:-$(dirname "$0")/profiles/population.ndjson}
[ "$input" = - ] || [ -f "$input" ] || fail "no such file: $input"
command -v jq >/dev/null 2>&1 || { echo "error: this recipe needs jq (apt-get install jq)" >&2; exit 1; }
if [ -n "${SUISHENDAI:-}" ]; then cli=$SUISHENDAI
elif command -v suishendai >/dev/null 2>&1; then cli=suishendai
else cli="node $(dirname "$0")/../bin/suishendai.js"; fi

offers=$(mktemp); errors=$(mktemp); trap 'rm -f "$offers" "$errors"' EXIT
# Exit 1 with output means some records were invalid (each an error line in its place):
# tally the rest, and say so once below (simulate's own count, even with --quiet, is kept
# aside). Any other failure is passed on with simulate's reason.
status=0
$cli simulate "$input" --format json --lang en --start 2026-01-15 --quiet > "$offers" 2> "$errors" || status=$?
[ "$status" -le 1 ] || { cat "$errors" >&2; exit "$status"; }
invalid=$(jq -s 'map(select(.error != null)) | length' "$offers")
[ "$invalid" -eq 0 ] || echo "batch-simulate.sh: skipped $invalid invalid records (their error lines: $cli simulate $input)" >&2

mean() { echo "if length == 0 then null else (add / length | . * $1 | round / $1) end"; }
jq -s "map(select(.error == null)) | {
    records: length,
    decisions: (group_by(.decision) | map({key: .[0].decision, value: length}) | from_entries),
    approvals: (map(select(.decision == \"approved\")) | {
      count: length,
      meanLimit: (map(.limit | tonumber) | $(mean 100)),
      meanApr: (map(.apr | tonumber) | $(mean 10000))
    }),
    topDeclineCodes: (map(select(.decision == \"declined\") | .code) | group_by(.) | map({code: .[0], count: length}) | sort_by(-.count) | .[:5])
  }" "$offers"
exit "$status"
