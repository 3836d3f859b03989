#!/usr/bin/env bash
# Builds the DocC documentation of every library target with warnings as errors (issue 21):
# a broken ``link``, a Topics entry that names no symbol or an unresolved reference fails.
#   Tests/Scripts/docs.sh [TARGET ...]     default: every library target
# Every target is tried; the script lists the ones that failed and exits 1 if any did.
# The archives land in .build/plugins/Swift-DocC/outputs/<Target>.doccarchive.
set -uo pipefail
cd "$(dirname "$0")/../.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(ReductionCore ReductionReport ReductionXML ReductionOutputs ReductionSystem PlanCLI ReductionPlanKit ReductionCity
           TransportSector WasteSortingSector ThermalPowerSector TextileSector)
fi
failed=()
for target in "${targets[@]}"; do
  start=$SECONDS
  if swift package generate-documentation --target "$target" --warnings-as-errors >".build/docc-$target.log" 2>&1; then
    echo "docs: $target ok ($((SECONDS - start)) s)"
  else
    echo "docs: $target FAILED ($((SECONDS - start)) s):"
    grep -E '^(warning|error): ' ".build/docc-$target.log" | grep -v 'prohibited flag' | sort -u | sed 's/^/    /'
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "docs: ${#failed[@]} target(s) with documentation warnings or errors: ${failed[*]}" >&2
  exit 1
fi
