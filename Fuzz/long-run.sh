#!/usr/bin/env bash
# The long fuzz run: 20,000 mutated plans per sector and 20,000 mutated reports, one process
# at a time (1 core). Prints one summary line per sector; exit 1 when any case failed
# (inputs in Fuzz/found/). Build first: swift build (or -c release and pass --bin).
#   Fuzz/long-run.sh [count] [extra fuzz.py options]
set -uo pipefail
cd "$(dirname "$0")/.."
count="${1:-20000}"; shift || true
status=0
for sector in transport waste power textile; do
  python3 Fuzz/fuzz.py plans --sector "$sector" --count "$count" "$@" || status=1
done
python3 Fuzz/fuzz.py reports --count "$count" "$@" || status=1
exit $status
