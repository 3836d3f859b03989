#!/usr/bin/env bash
# Public API of every library module, from the compiler's symbol graph (issue 21).
#   Tests/Scripts/public-api.sh            counts per module (public symbols, undocumented)
#   Tests/Scripts/public-api.sh --list     every public symbol with file:line
#   Tests/Scripts/public-api.sh --check    exit 1 naming each public symbol without a /// comment
# Builds what is not built yet (`swift package dump-symbol-graph`); synthesized members
# (Equatable's `!=`, default implementations) are not counted.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(swift package dump-symbol-graph --minimum-access-level public --skip-synthesized-members 2>&1 | tail -1)
dir=${out##*: }
[ -d "$dir" ] || dir=".build/$(uname -m)-unknown-linux-gnu/symbolgraph"
[ -d "$dir" ] || { echo "public-api: no symbol graphs ($out)" >&2; exit 2; }
exec python3 Tests/Scripts/public-api.py "$@" "$dir"
