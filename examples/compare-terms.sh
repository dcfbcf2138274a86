#!/usr/bin/env bash
# Every term from 3 to 12 at one rate: installment, total interest and the
# IRR-annualized rate, tab-separated. Usage: examples/compare-terms.sh [amount] [apr%]
# Needs jq. Uses `suishendai` from PATH, or this checkout's bin.
set -euo pipefail
usage="usage: examples/compare-terms.sh [amount] [apr%]"
fail() { echo "error: $1 ($usage)" >&2; exit 2; }
[ $# -le 2 ] || fail "at most two arguments, got $#"
amount=${1:-10000}
apr=${2:-12}
[[ $amount =~ ^[0-9][0-9,]*(\.[0-9]{1,2})?$ ]] || fail "amount: expected a number of CNY like 10000 or 12345.67, got \"$amount\""
[[ $apr =~ ^[0-9]+(\.[0-9]+)?%?$ ]] || fail "apr: expected a percent like 12 or 12%, got \"$apr\""
command -v jq >/dev/null 2>&1 || { echo "error: this recipe needs jq (apt-get install jq)" >&2; exit 1; }
if [ -n "${SUISHENDAI:-}" ]; then cli=$SUISHENDAI
elif command -v suishendai >/dev/null 2>&1; then cli=suishendai
else cli="node $(dirname "$0")/../bin/suishendai.js"; fi

# Every row first, so a refused quote (its one-line error on stderr) stops the recipe with
# the CLI's exit code and nothing half-written on stdout.
rows=""
for n in 3 4 5 6 7 8 9 10 11 12; do
  row=$($cli quote "$amount" --apr "$apr" --terms "$n" --start 2026-01-15 --json \
    | jq -r '[.terms, .schedule[0].payment, .totals.interest, .annualizedRate] | @tsv')
  rows+="$row"$'\n'
done
printf 'terms\tpayment\tinterest\tirr%%\n%s' "$rows"
