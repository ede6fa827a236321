#!/usr/bin/env bash
# How fast read-policy reads a 30-page PDF (targets: under 5 s cold, under 2 s warm), each over RUNS runs (default
# 5), printing the median wall-clock time, its spread and the median CPU time (user) in seconds:
#   cold, java -jar              a new JVM each time, as the README runs it
#   cold, bin/monitoring-advisor the launcher, with the class-data archive the build makes
#   warm                         the same reader reading the file again in one JVM (as a server or the browser
#                                interview would)
# With OTHER_JAR (for example a jar built from an earlier commit), its cold java -jar runs are interleaved with this
# build's, run for run, so that the load other work puts on the machine falls on both alike, and its warm figure is
# printed too. Build first: mvn -B -q package -DskipTests. Run it quiet: other work makes every figure slower.
#   bench/policy-reading.sh [RUNS] [OTHER_JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
other=${2:-}
jar=target/monitoring-advisor.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "policy-reading.sh: $jar is missing; run: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -z "$other" ] || [ -f "$other" ] || { echo "policy-reading.sh: $other is missing" >&2; exit 2; }

pdf=$work/policy-30-pages.pdf
java -cp "$jar" bench/PolicyReadBench.java make "$pdf" 30 src/test/resources/policy-corpus/*.txt \
    src/test/resources/policy-corpus/*.md src/test/resources/policy-corpus/*.html
echo "30-page PDF: $(du -k "$pdf" | cut -f1) kB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

labels=("cold read-policy, java -jar")
commands=("java -jar $jar read-policy $pdf --format json")
if [ -x bin/monitoring-advisor ]; then
    labels+=("cold read-policy, bin/monitoring-advisor")
    commands+=("bin/monitoring-advisor read-policy $pdf --format json")
fi
if [ -n "$other" ]; then
    labels+=("cold read-policy, java -jar $(basename "$other")")
    commands+=("java -jar $other read-policy $pdf --format json")
fi

# One run of each variant in turn, RUNS times: wall-clock and user CPU seconds per run.
TIMEFORMAT='%R %U'
for _ in $(seq "$runs"); do
    for i in "${!commands[@]}"; do
        { time ${commands[$i]} < /dev/null > /dev/null 2>&1; } 2>> "$work/times-$i"
    done
done
for i in "${!commands[@]}"; do
    python3 - "${labels[$i]}" "$work/times-$i" <<'PY'
import statistics, sys
label, path = sys.argv[1], sys.argv[2]
rows = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
wall = sorted(r[0] for r in rows)
user = [r[1] for r in rows]
print(f"{label:<48} median {statistics.median(wall):6.2f} s   spread {wall[0]:.2f}-{wall[-1]:.2f} s"
      f"   CPU {statistics.median(user):.2f} s   ({len(rows)} runs)")
PY
done
java -cp "$jar" bench/PolicyReadBench.java warm "$pdf" "$((runs * 4))"
if [ -n "$other" ]; then
    printf '%s: ' "$(basename "$other")"
    java -cp "$other" bench/PolicyReadBench.java warm "$pdf" "$((runs * 4))"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
