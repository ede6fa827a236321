#!/usr/bin/env bash
# Builds the macOS installer (a .dmg holding Monitoring Advisor.app with its own Java runtime) on a Mac, with the
# same jlink and jpackage options as the Linux app (src/packaging/*.options). NOT BUILT OR TESTED by this project,
# which builds and tests on Linux only: try it on a Mac before sharing what it makes.
#
#   scripts/installer-macos.sh [JDK_HOME]      (a JDK of 25 or later; default: $JAVA_HOME)
#
# Makes target/dist/monitoring-advisor-VERSION.dmg. Unlike the Linux app it has no start-up cache and one set of Java
# options for every command (those in src/packaging/jpackage.options), since a jpackage launcher's options are fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=${1:-${JAVA_HOME:?give a JDK of 25 or later, or set JAVA_HOME}}
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)

mvn -B -q package -DskipTests -Dapp.image.skip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input" target/dist
cp target/monitoring-advisor.jar "$work/input/"

modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 target/monitoring-advisor.jar)
"$jdk/bin/jlink" @src/packaging/jlink.options --add-modules "$modules" --output "$work/runtime"
"$jdk/bin/jpackage" --type dmg @src/packaging/jpackage.options --app-version "$version" \
    --input "$work/input" --runtime-image "$work/runtime" --java-options -Djava.awt.headless=true \
    --mac-package-identifier org.monitoringadvisor --license-file LICENSE --dest target/dist
ls -l target/dist/*.dmg
