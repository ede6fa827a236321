#!/usr/bin/env bash
# Start-up times, each over RUNS runs (default 10), printing the median and the spread (min-max) in seconds:
#   bare JVM          a class that does nothing, for the floor
#   first prompt      launch of `interview` until it has shown its first question and read end of input
#   cold assess       `assess` of a sample, as the README runs it (java -jar) and through bin/monitoring-advisor
#                     (which adds the class-data archive the build makes)
# Build first: mvn -B -q package -DskipTests. Other work on the machine makes every figure slower: run it quiet.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
jar=target/monitoring-advisor.jar
sample=facts-samples/call-centre-draconian.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$jar" ] || { echo "startup.sh: $jar is missing; run: mvn -B -q package -DskipTests" >&2; exit 2; }

# time_runs LABEL COMMAND...: runs COMMAND $runs times (output discarded, standard input empty) and prints
# "LABEL  median  min-max" in seconds.
time_runs() {
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" < /dev/null > /dev/null 2>&1 || true
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

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
time_runs "bare JVM (empty main)" java -cp "$work/hello" Hello
if java -jar "$jar" --help 2>/dev/null | grep -q "^  interview "; then
    time_runs "first interview prompt (java -jar)" java -jar "$jar" interview
    time_runs "first interview prompt (bin/monitoring-advisor)" bin/monitoring-advisor interview
else
    echo "first interview prompt: this build has no interview command yet"
fi
time_runs "cold assess of a sample (java -jar)" java -jar "$jar" assess --answers "$sample"
time_runs "cold assess of a sample (bin/monitoring-advisor)" bin/monitoring-advisor assess --answers "$sample"
