#!/usr/bin/env sh
# The first installment of 10,000 CNY at 12% for terms 3, 6, 9 and 12 (run from the project root).
for n in 3 6 9 12; do
  printf '%s terms: ' "$n"
  node bin/suishendai.js quote 10000 --apr 12 --terms "$n" --format csv | sed -n 2p | cut -d, -f3
done
