#!/usr/bin/env bash
# Do two jars write the same documents? Renders, with each jar in one JVM (bench/RenderReports.java), every report
# format of assess, the rep's and the employer's letter and the short brief in every format of brief, compare with
# the next answer set in every format, the survey summary and the question list, for every sample in facts-samples
# and for N random answer sets (default 1,000; seeded, the same sets every run), then compares the two trees byte
# for byte. Word and PDF are rendered for every sample and every BINARY_EVERY-th random set (default 10; 1 for all,
# about three times as long). Prints "identical" with the number of files, or the first file that differs with the
# start of its diff, and exits 1. Each command's exit code and messages are compared too (OUT/NAME/log.txt).
#   bench/compare-reports.sh OLD_JAR NEW_JAR [N] [BINARY_EVERY]
# Environment: SEED (default 17), THREADS (per JVM, default 2), KEEP=1 keeps the rendered trees and says where.
# An old jar: git clone -q . /tmp/old && git -C /tmp/old checkout -q COMMIT
#   && (cd /tmp/old && mvn -B -q package -DskipTests -Dapp.image.skip), then /tmp/old/target/monitoring-advisor.jar
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
count=${3:-1000}
binary_every=${4:-10}
seed=${SEED:-17}
threads=${THREADS:-2}
for jar in "$old" "$new"; do
    [ -f "$jar" ] || { echo "compare-reports.sh: $jar is missing" >&2; exit 2; }
done
work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then
    echo "rendered trees kept in $work (old, new; inputs in in)"
else
    trap 'rm -rf "$work"' EXIT
fi

# The same inputs for both: this checkout's samples, and random sets of the old jar's questions.
mkdir -p "$work/in/samples"
cp facts-samples/*.yaml facts-samples/*.json "$work/in/samples/"
java -cp "$old" bench/RenderReports.java answers "$work/in/random" "$count" "$seed"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# C1 only: a run this short never repays C2's compiling (it halves the CPU time); the bytes are the same.
for side in old new; do
    jar=${!side}
    TIMEFORMAT="$side: %R s wall, %U s user + %S s system"
    { time java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" bench/RenderReports.java \
        render "$work/in" "$work/$side" "$binary_every" "$threads"; } 2>&1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

files=$(find "$work/new" -type f | wc -l)
first=$(diff -rq "$work/old" "$work/new" | head -1 || true)
if [ -z "$first" ]; then
    echo "identical: $files files ($count random answer sets, seed $seed, Word and PDF for every $binary_every)"
    exit 0
fi
echo "DIFFERENT: $(diff -rq "$work/old" "$work/new" | wc -l) of $files files; the first: $first"
case "$first" in
    Files\ *\ and\ *\ differ)
        file=${first#Files }
        file=${file%% and *}
        relative=${file#"$work/old/"}
        diff -u "$work/old/$relative" "$work/new/$relative" | head -40 || true
        ;;
esac
exit 1
