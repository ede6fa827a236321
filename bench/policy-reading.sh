#!/usr/bin/env bash
# How fast read-policy reads a 30-page PDF (targets: under 5 s cold, under 2 s warm), each over RUNS runs (default
# 5), printing the median and the spread in seconds:
#   cold, java -jar             a new JVM each time, as the README runs it
#   cold, bin/monitoring-advisor the launcher, with the class-data archive the build makes
#   warm                         the same reader reading the file again in one JVM (as a server or the browser
#                                interview would)
# Build first: mvn -B -q package -DskipTests. Other work on the machine makes every figure slower: run it quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/monitoring-advisor.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "policy-reading.sh: $jar is missing; run: mvn -B -q package -DskipTests" >&2; exit 2; }

pdf=$work/policy-30-pages.pdf
java -cp "$jar" bench/PolicyReadBench.java make "$pdf" 30 src/test/resources/policy-corpus/*.txt \
    src/test/resources/policy-corpus/*.md src/test/resources/policy-corpus/*.html
echo "30-page PDF: $(du -k "$pdf" | cut -f1) kB"

time_runs() {
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" < /dev/null > /dev/null 2>&1
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
        { t[NR] = $1 }
        END {
            median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%-44s median %6.3f s   spread %.3f-%.3f s   (%d runs)\n", label, median / 1000, t[1] / 1000, t[NR] / 1000, NR
        }'
}

time_runs "cold read-policy, java -jar" java -jar "$jar" read-policy "$pdf" --format json
if [ -x bin/monitoring-advisor ]; then
    time_runs "cold read-policy, bin/monitoring-advisor" bin/monitoring-advisor read-policy "$pdf" --format json
fi
java -cp "$jar" bench/PolicyReadBench.java warm "$pdf" "$((runs * 4))"
