#!/usr/bin/env sh
# Monthly payment and IRR-annualized rate of 10,000 CNY at 12% for every term 3–12.
for n in 3 6 9 12; do
  printf '%s terms: ' "$n"
  npx --no-install suishendai quote 10000 --apr 12 --terms "$n" --format csv | sed -n 2p
done
