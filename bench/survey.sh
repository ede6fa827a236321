#!/usr/bin/env bash
# The survey benchmark: peak memory (resident set, from /usr/bin/time -v) and wall time of `survey` over made-up
# answer sets (bench's SurveyInputGenerator: most questions answered at random, one line in a thousand broken on
# purpose; never committed), run as a rep runs it, with no options: through the app image and through
# bin/monitoring-advisor. Memory must stay flat as the input grows (target: at most 300 MB for 100,000).
#
#   bench/survey.sh [COUNT...]        default: 10000 100000 (add 1000000 for the long run, about 2 minutes more)
#
# After: mvn -B package -DskipTests. The generator runs from its source file against the product jar.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ $# -gt 0 ] || counts=(10000 100000)
image=target/dist/monitoring-advisor/bin/monitoring-advisor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

launchers=(bin/monitoring-advisor)
[ -x "$image" ] && launchers=("$image" bin/monitoring-advisor)

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-48s %10s %12s %10s %s\n' "launcher" "records" "peak RSS MB" "wall s" "exit (1: broken lines skipped, as planned)"
for count in "${counts[@]}"; do
    java -cp target/monitoring-advisor.jar bench/src/main/java/org/monitoringadvisor/bench/SurveyInputGenerator.java \
        "$count" "$work/survey-$count.jsonl"
    for launcher in "${launchers[@]}"; do
        rm -rf "$work/out"
        set +e
        /usr/bin/time -v -o "$work/time.txt" "$launcher" survey "$work/survey-$count.jsonl" --out "$work/out" \
            > /dev/null 2> "$work/stderr.txt"
        code=$?
        set -e
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
        printf '%-48s %10d %12.0f %10s %s\n' "$launcher" "$count" "$((rss / 1024))" "$wall" "$code"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
