#!/usr/bin/env bash
# Checks a folder of development-set policy texts (default /work/policy-devset) against the manifest's SHA-256
# checksums, so figures from PolicyDevSetTest are comparable between runs, then runs that test on it.
# The texts are published policies whose copyright stays with the employers: they are never committed. Each
# manifest entry names where its passage was read (src/test/resources/policy-devset/manifest.yaml, "source").
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-/work/policy-devset}
manifest=src/test/resources/policy-devset/manifest.yaml
[ -d "$folder" ] || { echo "policy-devset.sh: $folder does not exist; see docs/policy-reading.md" >&2; exit 2; }
missing=0; changed=0; present=0
while read -r file sum; do
    if [ ! -f "$folder/$file" ]; then
        echo "missing: $file"; missing=$((missing + 1))
    elif [ "$(sha256sum "$folder/$file" | cut -d' ' -f1)" != "$sum" ]; then
        echo "changed: $file (its checksum differs from the manifest's)"; changed=$((changed + 1))
    else
        present=$((present + 1))
    fi
done < <(awk '/- file:/ {f=$3} /sha256:/ {print f, $2}' "$manifest")
echo "$present texts match the manifest, $changed changed, $missing missing."
mvn -B -q test -Dtest=PolicyDevSetTest -Dpolicy.devset="$folder" -Dsurefire.failIfNoSpecifiedTests=false
