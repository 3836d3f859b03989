#!/usr/bin/env bash
# The long fuzz run: 20,000 mutated plans per sector and 20,000 mutated reports. Prints one
# summary line per target; exit 1 when any case failed (inputs in Fuzz/found/).
#   Fuzz/long-run.sh [count] [extra fuzz.py options]
# In process (minutes instead of hours; Fuzz/README.md):
#   swift build -c release --package-path Fuzz/Driver
#   FUZZ_JOBS=2 Fuzz/long-run.sh 20000 --driver Fuzz/Driver/.build/release/FuzzDriver
# One tool process per case (about 1.3 cases/s): swift build, then Fuzz/long-run.sh.
# FUZZ_JOBS (default 1): how many targets run at once (one process each).
set -uo pipefail
cd "$(dirname "$0")/.."
count="${1:-20000}"; shift || true
jobs="${FUZZ_JOBS:-1}"
status=0
running=0
for target in transport waste power textile reports; do
  if [ "$target" = reports ]; then
    python3 Fuzz/fuzz.py reports --count "$count" "$@" &
  else
    python3 Fuzz/fuzz.py plans --sector "$target" --count "$count" "$@" &
  fi
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
exit $status
