#!/usr/bin/env sh
# Scores a population and summarizes it with jq: decisions, the approvals'
# mean limit and APR, and the five most common decline codes.
# Usage: examples/batch-simulate.sh [profiles.ndjson]   (needs jq)
set -eu
input=${1:-$(dirname "$0")/profiles/population.ndjson}
if [ -n "${SUISHENDAI:-}" ]; then cli=$SUISHENDAI
elif command -v suishendai >/dev/null 2>&1; then cli=suishendai
else cli="node $(dirname "$0")/../bin/suishendai.js"; fi

$cli simulate "$input" --lang en --start 2026-01-15 | jq -s '
  {
    records: length,
    decisions: (group_by(.decision) | map({key: .[0].decision, value: length}) | from_entries),
    approvals: (map(select(.decision == "approved")) | {
      count: length,
      meanLimit: ((map(.limit | tonumber) | add) / length | . * 100 | round / 100),
      meanApr: ((map(.apr | tonumber) | add) / length | . * 10000 | round / 10000)
    }),
    topDeclineCodes: (map(select(.decision == "declined") | .code) | group_by(.) | map({code: .[0], count: length}) | sort_by(-.count) | .[:5])
  }'
