#!/usr/bin/env bash
# The survey benchmark: generates COUNT made-up answer sets as JSON Lines (default 100,000; never committed), then
# times `survey` on them with the heap capped at 256 MB, which proves the memory bound (the JVM would fail with
# OutOfMemoryError otherwise), and reports the peak heap the garbage collector saw.
# Needs the product jar and the benchmark jar; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -cp bench/target/benchmarks.jar org.monitoringadvisor.bench.SurveyInputGenerator "$count" "$work/survey.jsonl"
echo "input: $count answer sets, $(du -h "$work/survey.jsonl" | cut -f1)"

start=$(date +%s%N)
set +e
java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar target/monitoring-advisor.jar \
    survey "$work/survey.jsonl" --out "$work/out" > "$work/summary.txt" 2> "$work/stderr.txt"
code=$?
set -e
end=$(date +%s%N)

echo "exit code: $code (1 means some records were skipped, as planned: one in a thousand is broken)"
grep -m1 "workplaces assessed" "$work/summary.txt"
echo "findings.jsonl: $(wc -l < "$work/out/findings.jsonl") lines, $(du -h "$work/out/findings.jsonl" | cut -f1)"
awk -v ms=$(( (end - start) / 1000000 )) -v n="$count" \
    'BEGIN { printf "wall time: %.1f s (%.0f answer sets a second)\n", ms / 1000, n / (ms / 1000) }'
# Lines look like "... Pause Young (Normal) (G1 Evacuation Pause) 25M->5M(256M) 3.1ms": take the largest "before".
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/gc.log" | awk -F'[M>(-]' \
    '{ if ($1 > peak) peak = $1; cap = $6 } END { printf "peak heap before a collection: %d MB of %d MB allowed\n", peak, cap }'
