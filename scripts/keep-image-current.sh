#!/usr/bin/env bash
# Keeps the app image in target/dist in use after a build that skipped it (-Dapp.image.skip) but rebuilt the jar
# from unchanged sources. bin/monitoring-advisor runs the image only while its start-up cache is not older than
# target/monitoring-advisor.jar, so any rebuild of the jar would send it back to the slower jar. The jar is the same
# bytes from one build to the next (the pom fixes its times; the rules are precompiled in source order), and
# app-image-linux.sh records the checksum of the jar it was built from; when the new jar has that checksum, its
# time is set to the cache's, so the launcher sees an image that is still current. A changed jar is left alone.
#
#   scripts/keep-image-current.sh JAR OUT_DIR
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 JAR OUT_DIR" >&2; exit 2; }
jar=$1 out=$2
name=monitoring-advisor
cache="$out/$name/lib/app/$name.aot"
built_from="$out/$name.built-from"

[ -f "$jar" ] && [ -f "$cache" ] && [ -f "$built_from" ] || exit 0
if [ "$(sha256sum < "$jar")" = "$(cat "$built_from")" ]; then
    touch -r "$cache" "$jar"
    echo "app image: $out/$name was built from this same jar and stays in use"
fi
