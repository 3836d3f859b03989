#!/usr/bin/env bash
# Runs every file of the regression corpus through the real tool binaries and prints each
# outcome: "ok <exit>" for 0 or 65, "FAIL <exit|hang|signal>" otherwise.
#   Fuzz/replay.sh [bin-folder]        (default .build/debug)
# Exit status 1 when any file fails. `swift test` runs the same corpus in process.
set -uo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/debug}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for file in Fuzz/corpus/plans/*.yaml; do
  name="$(basename "$file")"
  case "$name" in
    transport-*) tool=transport-plan ;; waste-*) tool=waste-plan ;;
    power-*) tool=power-plan ;; textile-*) tool=textile-plan ;; *) continue ;;
  esac
  # At most 10 s of CPU time (SIGXCPU, exit 152) and 120 s of wall-clock time (exit 124).
  (ulimit -t 10; exec timeout 120 "$bin/$tool" report "$file" -o "$work/out" --draws 16) >/dev/null 2>"$work/err"
  code=$?
  rm -rf "$work/out"
  if [ "$code" -eq 0 ] || [ "$code" -eq 65 ]; then
    echo "ok   $code $name: $(head -c 160 "$work/err" | head -1)"
  else
    { [ "$code" -eq 124 ] || [ "$code" -eq 152 ]; } && code=hang
    echo "FAIL $code $name: $(head -c 160 "$work/err" | head -1)"
    failed=1
  fi
done
for file in Fuzz/corpus/reports/*.xml; do
  [ -e "$file" ] || continue
  name="$(basename "$file")"
  (ulimit -t 10; exec timeout 120 "$bin/transport-plan" validate "$file") >/dev/null 2>"$work/err"
  code=$?
  if [ "$code" -eq 0 ] || [ "$code" -eq 65 ]; then
    echo "ok   $code $name: $(head -c 160 "$work/err" | head -1)"
  else
    { [ "$code" -eq 124 ] || [ "$code" -eq 152 ]; } && code=hang
    echo "FAIL $code $name"
    failed=1
  fi
done
exit $failed
