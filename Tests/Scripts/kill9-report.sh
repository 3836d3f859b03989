#!/usr/bin/env bash
# kill -9 during `report`: TRIALS runs of textile-plan killed at random moments (around the
# moment the files are written, found adaptively) while an
# earlier report set (XML + two SVG charts) is in the folder. Asserts, for every trial:
#   1. right after the kill, the XML is byte for byte the complete old one or the complete new one;
#   2. right after the kill, unless a commit journal (.rp-set.*.journal) is present, the three
#      files are all old or all new (a journal means the kill fell between two renames);
#   3. after the next run into the folder (`template --output <folder>/next.yaml`, which recovers
#      the folder before writing), the set is all old or all new and no temporary file or journal
#      is left.
# Usage: Tests/Scripts/kill9-report.sh [TRIALS=200] [TOOL=.build/debug/textile-plan] [SEED=1]
# Exit 0 when every trial passes, 1 otherwise. Needs bash, awk, cmp, timeout (coreutils).
set -euo pipefail
trials=${1:-200}
tool=$(cd "$(dirname "${2:-.build/debug/textile-plan}")" && pwd)/$(basename "${2:-.build/debug/textile-plan}")
seed=${3:-1}
[ -x "$tool" ] || { echo "kill9-report: $tool is not built (swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1767225600
files=(city.xml city-macc.svg city-wedge.svg)

# Two plans whose reports and charts all differ: A (the template) and B (another city, 90 kt yarn).
"$tool" template --output "$work/a.yaml"
sed 's/Example City/Sample Town/g; s/示例市/样例镇/g; s/stage.spinning.output: {base: 80000,/stage.spinning.output: {base: 90000,/' \
    "$work/a.yaml" > "$work/b.yaml"
mkdir -p "$work/plans-a" "$work/plans-b"
cp "$work/a.yaml" "$work/plans-a/city.yaml"
cp "$work/b.yaml" "$work/plans-b/city.yaml"
"$tool" report "$work/plans-a/city.yaml" --output "$work/ref-a" > /dev/null
"$tool" report "$work/plans-b/city.yaml" --output "$work/ref-b" > /dev/null
for f in "${files[@]}"; do
    if cmp -s "$work/ref-a/$f" "$work/ref-b/$f"; then echo "kill9-report: $f is the same for A and B" >&2; exit 1; fi
done

# Run length (ms) of one uninterrupted report, to spread the kills over it.
start=$(date +%s%N)
"$tool" report "$work/plans-b/city.yaml" --output "$work/timing" > /dev/null
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))

which_set() {  # prints A, B or "-" for one file
    if cmp -s "$1" "$work/ref-a/$2"; then echo A; elif cmp -s "$1" "$work/ref-b/$2"; then echo B; else echo -; fi
}
set_of() {  # prints A, B, or "mixed"
    local folder=$1 first="" s
    for f in "${files[@]}"; do
        [ -f "$folder/$f" ] || { echo mixed; return; }
        s=$(which_set "$folder/$f" "$f")
        [ "$s" = "-" ] && { echo mixed; return; }
        [ -z "$first" ] && first=$s
        [ "$s" = "$first" ] || { echo mixed; return; }
    done
    echo "$first"
}

# The kill moment tracks the end of the run: a kill that left the old set moves the next one
# 4 % later, one that found the new set 4 % earlier, so most kills land near the writes.
estimate_ms=$run_ms
failures=0 old=0 new=0 pending=0 strays=0
for trial in $(seq 1 "$trials"); do
    dir="$work/trial"
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$work/ref-a/"* "$dir/"
    delay=$(awk -v s="$seed" -v t="$trial" -v ms="$estimate_ms" 'BEGIN { srand(s * 100003 + t); printf "%.3f", ms * (0.85 + 0.3 * rand()) / 1000 }')
    "$tool" report "$work/plans-b/city.yaml" --output "$dir" > /dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    xml=$(which_set "$dir/city.xml" city.xml)
    if [ "$xml" = "-" ]; then echo "trial $trial: city.xml is neither the old nor the new report" >&2; failures=$((failures + 1)); continue; fi
    if ls -a "$dir" | grep -q '^\.rp-set\..*\.journal$'; then
        pending=$((pending + 1))
    else
        s=$(set_of "$dir")
        case $s in
            A) old=$((old + 1)); estimate_ms=$(( estimate_ms * 104 / 100 + 1 )) ;;
            B) new=$((new + 1)); estimate_ms=$(( estimate_ms * 96 / 100 )) ;;
            *) echo "trial $trial: mixed set right after the kill with no journal" >&2; failures=$((failures + 1)); continue ;;
        esac
    fi
    if ls -a "$dir" | grep -qE '\.(rp-tmp|tmp)$'; then strays=$((strays + 1)); fi
    "$tool" template --output "$dir/next.yaml" > /dev/null
    after=$(set_of "$dir")
    left=$(ls -a "$dir" | grep -vxE '\.|\.\.|city\.xml|city-macc\.svg|city-wedge\.svg|next\.yaml' || true)
    if [ "$after" = mixed ] || [ -n "$left" ]; then
        echo "trial $trial: after the next run: set $after, left over: ${left:-nothing}" >&2
        failures=$((failures + 1))
    fi
done
echo "kill9-report: $trials trials, first run ${run_ms} ms, kills finally at about ${estimate_ms} ms: old set $old, new set $new," \
     "commit pending (completed by the next run) $pending, temporaries left by the kill $strays (removed by the next run)," \
     "failures $failures"
[ "$failures" -eq 0 ]
