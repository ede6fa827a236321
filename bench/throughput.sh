#!/usr/bin/env bash
# The throughput benchmark in interleaved, paired runs: JMH's ThroughputBenchmark (the built-in rule base, the
# service's JVM options) forked in turn on the Java that runs it (an embedder's, Java 17 here) and on the app
# image's own runtime (Java 25, the one its `serve` and `survey` run on), ROUNDS rounds of one fork each. A machine
# that slows down during the run slows both JVMs alike; one fork's score alone can be a quarter off on a 2-core
# virtual machine (docs/performance.md, Throughput). Prints every fork's score and each JVM's median, beside the
# target of 60,000 assessments a second on 2 threads.
#
#   bench/throughput.sh [ROUNDS [BENCHMARK]]    default: 3 twoThreads (oneThread for one thread; about a minute a fork)
#
# After: mvn -B package -DskipTests && mvn -B -q -f bench/pom.xml package (the jar, the image, the benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
benchmark=${2:-twoThreads}
image_java=target/dist/monitoring-advisor/lib/runtime/bin/java
[ -f target/monitoring-advisor.jar ] && [ -f bench/target/benchmarks.jar ] || {
    echo "throughput.sh: build first: mvn -B package -DskipTests && mvn -B -q -f bench/pom.xml package" >&2
    exit 2
}
jvms=("$(command -v java)")
if [ -x "$image_java" ]; then
    jvms+=("$image_java")
else
    echo "throughput.sh: no app image ($image_java), so the Java on PATH only" >&2
fi
versions=()
for jvm in "${jvms[@]}"; do
    versions+=("$("$jvm" -version 2>&1 | head -1)")
done
target=""
[ "$benchmark" = twoThreads ] && target=" (target: at least 60,000)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
    for i in "${!jvms[@]}"; do
        # The product jar first, so its classes win over the copy shaded into the benchmarks.
        java -cp target/monitoring-advisor.jar:bench/target/benchmarks.jar org.openjdk.jmh.Main \
            "ThroughputBenchmark\.$benchmark\$" -jvm "${jvms[$i]}" -rf csv -rff "$work/result.csv" > "$work/log.txt" 2>&1 \
            || { cat "$work/log.txt" >&2; exit 1; }
        read -r score error < <(awk -F, 'NR == 2 { printf "%.0f %.0f\n", $5, $6 }' "$work/result.csv")
        echo "$score" >> "$work/scores-$i.txt"
        echo "round $round  ${versions[$i]}  $benchmark: $score a second (± $error)"
    done
done
for i in "${!jvms[@]}"; do
    median=$(sort -n "$work/scores-$i.txt" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
    echo "median $median a second on ${jvms[$i]}$target"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
