#!/usr/bin/env bash
# Start-up figures, as ratios to `java -version` measured in the same rounds, so that they hold on a busy machine:
# each round runs every command below once, one after another (interleaved), and each command's time in a round is
# divided by the floor's time in that round. Prints, per command, the median time and the median of those ratios
# (with their spread), beside its target, and the same for CPU time. About 2 minutes with the default 7 rounds on a quiet 2-core machine.
#
#   bench/startup.sh [ROUNDS]        after: mvn -B package -DskipTests (the jar and the app in target/dist)
#
# Commands (the app image's only when target/dist has one; the check only with a JDK to run the generator):
#   floor             java -version (the Java on the PATH)
#   assess            cold `assess` of a sample: app image, bin/monitoring-advisor, java -jar
#   first prompt      launch of `interview` until the employer's-name prompt shows, on a pseudo-terminal and on a
#                     pipe (bench/first-prompt.py), app image and bin/monitoring-advisor
#   check 1,000 rules cold `check --rules` of a generated 1,000-rule base (bench's GeneratedRuleBase), which
#                     compiles it: app image
# The load average is printed before and after: other work on the machine makes every absolute figure slower.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
jar=target/monitoring-advisor.jar
image=target/dist/monitoring-advisor/bin/monitoring-advisor
sample=facts-samples/call-centre-draconian.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$jar" ] || { echo "startup.sh: $jar is missing; run: mvn -B package -DskipTests" >&2; exit 2; }

# label|target ratio or seconds|command: the commands of one round, in the order they run.
commands=("floor: java -version|-|java -version")
if [ -x "$image" ]; then
    commands+=("assess, app image|12x|$image assess --answers $sample")
fi
commands+=("assess, bin/monitoring-advisor|12x|bin/monitoring-advisor assess --answers $sample"
           "assess, java -jar (Java 17)|-|java -jar $jar assess --answers $sample")
for how in terminal pipe; do
    target=$([ $how = terminal ] && echo 0.25s || echo 0.10s)
    if [ -x "$image" ]; then
        commands+=("first prompt on a $how, app image|$target|bench/first-prompt.py $how $image interview --file $work/a.yaml")
    fi
    commands+=("first prompt on a $how, bin/monitoring-advisor|$target|bench/first-prompt.py $how bin/monitoring-advisor interview --file $work/a.yaml")
done
if [ -x "$image" ]; then
    java bench/src/main/java/org/monitoringadvisor/bench/GeneratedRuleBase.java 1000 "$work/rules-1000"
    commands+=("check of 1,000 generated rules, app image|1.5s|$image check --rules $work/rules-1000")
fi

# seconds COMMAND...: the wall and CPU (user + system) seconds of one run, output discarded, standard input empty;
# for the first-prompt timer, those until the prompt showed.
timer='
import os, subprocess, sys, time
start = time.monotonic()
process = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, _, usage = os.wait4(process.pid, 0)
print("%.3f %.3f" % (time.monotonic() - start, usage.ru_utime + usage.ru_stime))'
seconds() {
    if [ "$1" = bench/first-prompt.py ]; then
        python3 bench/first-prompt.py --cpu "${@:2}"
    else
        python3 -c "$timer" "$@"
    fi
}

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(java -version 2>&1 | head -1); app image: $([ -x "$image" ] && echo yes || echo "none (build without -Dapp.image.skip)")"
# One warm-up round (file caches), not counted; then the rounds, each command once per round, in turn.
for round in $(seq 0 "$rounds"); do
    for index in "${!commands[@]}"; do
        IFS='|' read -r _ _ command <<< "${commands[$index]}"
        # shellcheck disable=SC2086 # the command is split into words on purpose
        time=$(seconds $command)
        [ "$round" -eq 0 ] || echo "$index $time" >> "$work/times"
    done
done

# For each command: median seconds, and the median and spread of its ratio to the floor of the same round, wall
# and CPU. CPU time is the steadier figure on a busy machine: waiting for a processor counts in the wall time only.
printf '%-52s %9s %22s %8s %9s %22s\n' "command ($rounds rounds)" "median s" "wall ratio (range)" "target" \
    "median cpu" "cpu ratio (range)"
for index in "${!commands[@]}"; do
    IFS='|' read -r label target _ <<< "${commands[$index]}"
    paste <(awk '$1 == 0 { print $2, $3 }' "$work/times") <(awk -v i="$index" '$1 == i { print $2, $3 }' "$work/times") |
        awk -v label="$label" -v target="$target" '
            { t[NR] = $3; r[NR] = $3 / $1; c[NR] = $4; q[NR] = $4 / $2 }
            function median(a, n,    i, j, x, s) {
                for (i = 1; i <= n; i++) s[i] = a[i]
                for (i = 2; i <= n; i++) { x = s[i]; for (j = i - 1; j > 0 && s[j] > x; j--) s[j + 1] = s[j]; s[j + 1] = x }
                lo = s[1]; hi = s[n]
                return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
            }
            END {
                mt = median(t, NR); mr = median(r, NR); wlo = lo; whi = hi
                mc = median(c, NR); mq = median(q, NR)
                printf "%-52s %9.3f %8.1fx (%.1f-%.1f) %8s %9.3f %8.1fx (%.1f-%.1f)\n", label, mt, mr, wlo, whi, target,
                    mc, mq, lo, hi
            }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
