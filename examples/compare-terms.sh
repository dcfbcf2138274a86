#!/usr/bin/env sh
# Every term from 3 to 12 at one rate: installment, total interest and the
# IRR-annualized rate, tab-separated. Usage: examples/compare-terms.sh [amount] [apr%]
# Needs jq. Uses `suishendai` from PATH, or this checkout's bin.
set -eu
amount=${1:-10000}
apr=${2:-12}
if [ -n "${SUISHENDAI:-}" ]; then cli=$SUISHENDAI
elif command -v suishendai >/dev/null 2>&1; then cli=suishendai
else cli="node $(dirname "$0")/../bin/suishendai.js"; fi

printf 'terms\tpayment\tinterest\tirr%%\n'
for n in 3 4 5 6 7 8 9 10 11 12; do
  $cli quote "$amount" --apr "$apr" --terms "$n" --start 2026-01-15 --json \
    | jq -r '[.terms, .schedule[0].payment, .totals.interest, .annualizedRate] | @tsv'
done
