#!/usr/bin/env bash
# Builds the self-contained Linux app: `mvn package` runs this after it has made the jar (skip it with
# -Dapp.image.skip). Needs a JDK of 25 or later (jdeps, jlink, jpackage and the AOT cache), strip (binutils) for
# the runtime's native libraries, and dpkg-deb for the .deb. The app itself stays compiled for Java 17.
#
#   scripts/app-image-linux.sh JAR VERSION JDK_HOME OUT_DIR SAMPLES_DIR
#
# Makes, in OUT_DIR (target/dist):
#   monitoring-advisor/                        the app image: bin/monitoring-advisor, lib/runtime, lib/app
#   monitoring-advisor-VERSION-linux-x64.tar.gz  that image, to unpack anywhere
#   monitoring-advisor_VERSION_amd64.deb       the same, installed in /opt/monitoring-advisor with the command
#                                              monitoring-advisor on the PATH
# Steps: jdeps lists the modules the jar uses; jlink makes a runtime of only those (src/packaging/jlink.options);
# jpackage lays out the image (src/packaging/jpackage.options, shared with the macOS and Windows recipes); the
# launcher is replaced by src/packaging/linux/monitoring-advisor, which picks Java options and the start-up cache per
# command; two training runs make the caches (cli.StartupTraining, cli.PromptTraining); the image is checked, then
# packed (tar, dpkg-deb).
set -euo pipefail

[ $# -eq 5 ] || { echo "usage: $0 JAR VERSION JDK_HOME OUT_DIR SAMPLES_DIR" >&2; exit 2; }
jar=$(readlink -f "$1") version=$2 jdk=$3 out=$4 samples=$5
root=$(cd "$(dirname "$0")/.." && pwd)
packaging="$root/src/packaging"
name=monitoring-advisor

if ! command -v strip > /dev/null; then
    echo "app image: strip is missing (Debian: apt-get install binutils); it keeps the download within its budget," \
         "or build without the app image: -Dapp.image.skip" >&2
    exit 2
fi
if [ ! -x "$jdk/bin/jpackage" ]; then
    echo "app image: no JDK with jpackage at $jdk; give one with -Dapp.image.jdk=DIR (Java 25 or later)," \
         "or build without the app image: -Dapp.image.skip" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "${out:?}/$name" "$out/$name.built-from" "$out"/*.deb "$out"/*.tar.gz
mkdir -p "$out" "$work/input" "$work/classes"
# The jar goes in stored, not deflated: the .tar.gz and the .deb compress it once with everything else, which
# packs it about a quarter smaller than compressing each class on its own (and nothing is inflated at run time).
(cd "$work/classes" && unzip -q "$jar")
# JLine's native libraries for other systems (0.58 MB, 0.14 MB compressed): this image is Linux x86-64 only; on its
# Java 25 JLine reaches the terminal through the foreign-function API; Linux x86-64's stays as JLine's fallback.
find "$work/classes/org/jline/nativ" -mindepth 2 -maxdepth 2 -type d ! -path '*/Linux/x86_64' -exec rm -r {} +
find "$work/classes/org/jline/nativ" -type d -empty -delete
"$jdk/bin/jar" --create --no-compress --file "$work/input/$name.jar" --manifest "$work/classes/META-INF/MANIFEST.MF" \
    -C "$work/classes" .

# The modules the classes name (jdeps), and those reached only by reflection or service lookup (in jlink.options).
# jlink.options also leaves out the JDK's javadoc images (doc-files) and its own messages in languages other than
# English (the app is in English, its formats en-GB only): 0.96 MB less download. Whole packages cannot go (jlink
# refuses a module whose descriptor names a package it no longer holds), so Swing stays.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$work/input/$name.jar")
echo "app image: modules $modules (and those in src/packaging/jlink.options)"
"$jdk/bin/jlink" @"$packaging/jlink.options" --add-modules "$modules" --output "$work/runtime"
# The native libraries without their symbol tables (libjvm.so 30 MB -> 25 MB, 1.5 MB less download): only a crash
# report's native frames would name fewer functions. (jlink's --strip-native-debug-symbols removes debug sections
# only, which this JDK's libraries do not have.)
find "$work/runtime" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +

"$jdk/bin/jpackage" --type app-image @"$packaging/jpackage.options" --app-version "$version" \
    --input "$work/input" --runtime-image "$work/runtime" --dest "$out"
image="$out/$name"
install -m 755 "$packaging/linux/$name" "$image/bin/$name"
rm "$image/lib/libapplauncher.so" # the library of jpackage's own launcher, which the script above replaces

# The start-up caches: a training run records what the commands it runs load and link. The options that matter to
# a cache are the launcher's (the collector, headless AWT); the compiler level does not. The training runs on the
# short commands' serial collector; survey, serve and web, on the parallel one, map the same cache without a
# warning. No method profiles (-AOTRecordTraining): with them, a cold assess used 1.14x the CPU and survey 1.2x (the
# JIT replays them at start), and they were 1.3 MB of the download. Two caches, chosen by the launcher:
# monitoring-advisor.aot, trained on the short commands (cli.StartupTraining), and new-interview.aot, trained only up
# to a new interview's first prompt (cli.PromptTraining): a JVM loads every class its cache holds before the program
# starts, so the small one shows that prompt sooner.
common=(-XX:+UseSerialGC -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED -Xlog:disable
        -Xlog:all=warning:stderr -cp "$image/lib/app/$name.jar")
# train CACHE MAIN_CLASS ARGUMENTS...: on a pseudo-terminal (script, from util-linux), so the interview's terminal is
# trained too; the "quit" typed ends that interview at its first prompt. Without script, or if that fails, the
# training runs without one.
train() {
    local cache="$image/lib/app/$1" log="$work/training-${1%.aot}.log"
    local run=("$image/lib/runtime/bin/java" -XX:AOTCacheOutput="$cache" -XX:+UnlockDiagnosticVMOptions
               -XX:-AOTRecordTraining "${common[@]}" "${@:2}")
    if ! { command -v script > /dev/null &&
           printf 'quit\r' | script -qec "$(printf '%q ' "${run[@]}")" /dev/null > "$log" 2>&1 &&
           [ -f "$cache" ]; }; then
        echo "app image: training $1 without a terminal; on one it said:" >&2; tail -5 "$log" >&2
        "${run[@]}" < /dev/null > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    fi
}
mkdir -p "$work/training" "$work/prompt-training"
train "$name.aot" org.monitoringadvisor.cli.StartupTraining "$samples" "$work/training"
train new-interview.aot org.monitoringadvisor.cli.PromptTraining "$work/prompt-training"

# The image must run with no environment, and with its cache (-XX:AOTMode=on fails if the cache cannot be used).
for cache in "$name.aot" new-interview.aot; do
    env -i PATH=/usr/bin:/bin "$image/lib/runtime/bin/java" -XX:AOTCache="$image/lib/app/$cache" -XX:AOTMode=on \
        "${common[@]}" org.monitoringadvisor.cli.Main --version > /dev/null
done
env -i PATH=/usr/bin:/bin "$image/bin/$name" --help > /dev/null
# The full cache holds Drools' DRL parsers and MVEL's ASM, which only the modernised class files let in (the pom's
# modern-class-files step): a JVM with the cache loads all its classes at start, so --version shows where they came from.
loaded=$("$image/lib/runtime/bin/java" -XX:AOTCache="$image/lib/app/$name.aot" "${common[@]}" -Xlog:class+load=info:stdout \
    org.monitoringadvisor.cli.Main --version)
for class in org.antlr.runtime.Lexer org.drools.drl.parser.lang.DRL6Lexer org.mvel2.asm.ClassWriter; do
    grep -q "\] $class source: shared objects file" <<< "$loaded" ||
        { echo "app image: $class is not in the start-up cache (a class file older than Java 6?)" >&2; exit 1; }
done
# The launcher gives a new interview the small cache and everything else the full one (the name each run's JVM got,
# printed by -XX:+PrintFlagsFinal through JDK_JAVA_OPTIONS, which the launcher's java reads).
cache_of() {
    env -i PATH=/usr/bin:/bin JDK_JAVA_OPTIONS=-XX:+PrintFlagsFinal "$image/bin/$name" "$@" < /dev/null 2> /dev/null |
        sed -n 's:^ *ccstr AOTCache *= *[^ ]*/\([^/ ]*\) .*:\1:p'
}
[ "$(cache_of interview --file "$work/new.yaml")" = new-interview.aot ] &&
    [ "$(cache_of interview --resume "$work/missing.yaml")" = "$name.aot" ] &&
    [ "$(cache_of --version)" = "$name.aot" ] ||
    { echo "app image: the launcher picked the wrong start-up cache" >&2; exit 1; }
echo "app image: $image runs, with its start-up caches"

# gzip -9, as dpkg-deb packs the .deb: 0.66 MB less than gzip's default level, for some 30 s more CPU once per build.
tar -C "$out" -cf - "$name" | gzip -9 > "$out/$name-$version-linux-x64.tar.gz"

# The .deb: the image under /opt/monitoring-advisor, with the command linked into /usr/bin (postinst, prerm). Made by
# dpkg-deb from a copy that keeps every file's time: the start-up cache records its jar's, and jpackage's own deb
# step copies the files anew, which would leave the cache unusable. gzip, like the .tar.gz: seconds to pack, where
# dpkg-deb's default xz takes minutes on a busy 2-core machine for a download a few per cent smaller.
if command -v dpkg-deb > /dev/null; then
    deb="$work/deb"
    mkdir -p "$deb/DEBIAN" "$deb/opt"
    cp -a "$image" "$deb/opt/$name"
    sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$(du -sk "$deb/opt" | cut -f1)/" \
        "$packaging/linux/deb/control" > "$deb/DEBIAN/control"
    install -m 755 "$packaging/linux/deb/postinst" "$packaging/linux/deb/prerm" "$deb/DEBIAN/"
    dpkg-deb --root-owner-group -Zgzip -b "$deb" "$out/${name}_${version}_amd64.deb" > /dev/null
else
    echo "app image: no .deb made: dpkg-deb is missing" >&2
fi
# The SHA-256 of the jar this image was built from, for src/packaging/KeepImageCurrent.java (beside the image, not
# in it).
sha256sum < "$jar" | cut -d' ' -f1 > "$work/built-from" && mv "$work/built-from" "$out/$name.built-from"
ls -l "$out"
