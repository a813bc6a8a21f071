#!/usr/bin/env bash
# Regenerates ontology/places.tsv.gz and ontology/places.ttl.gz (the Chinese administrative divisions:
# provinces, prefectures, counties/districts, towns/sub-districts with their GB/T 2260 codes) from the npm
# package china-division (modood/Administrative-divisions-of-China; package.json declares MIT), whose data
# is the National Bureau of Statistics' 统计用区划代码 of 2023. Repeatable: a pinned version, checked
# against its published integrity hash, and gzip without timestamps, so the same inputs give the same bytes.
#   scripts/places/generate.sh            # from the repository root; needs npm and node
set -euo pipefail
VERSION=2.7.0
INTEGRITY=sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$VERSION" >/dev/null)
tgz="$tmp/china-division-$VERSION.tgz"
got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$got" != "$INTEGRITY" ]; then
  echo "generate.sh: china-division-$VERSION.tgz has integrity $got, expected $INTEGRITY" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$tmp"
node "$root/scripts/places/generate.js" "$tmp/package" "$VERSION" "$INTEGRITY" "$tmp/places.tsv" "$tmp/places.ttl"
gzip -9n < "$tmp/places.tsv" > "$root/ontology/places.tsv.gz"
gzip -9n < "$tmp/places.ttl" > "$root/ontology/places.ttl.gz"
echo "wrote ontology/places.tsv.gz and ontology/places.ttl.gz ($(($(wc -l < "$tmp/places.tsv") - 1)) rows incl. comments)" >&2
