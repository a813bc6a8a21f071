#!/usr/bin/env bash
# Vendors the front-end packages pinned in package-lock.json at build time (Maven runs this in
# generate-resources; the jar then carries the files, and nothing is fetched at run time):
# `npm ci --ignore-scripts` checks every package against the lock's integrity hash and runs no install
# scripts. Skipped when target/npm already holds a tree installed from the same lock.
# Usage: vendor.sh OUT   (OUT = target/npm; OUT/dist is what goes into the jar)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: vendor.sh OUT}"
mkdir -p "$out"
cp "$here/package.json" "$here/package-lock.json" "$out/"
cd "$out"
if ! cmp -s package-lock.json node_modules/.vendored-lock.json; then
  command -v npm >/dev/null || { echo "vendor.sh: npm is needed to build the jar (apt-get install nodejs npm)" >&2; exit 1; }
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.vendored-lock.json
fi
rm -rf dist && mkdir -p dist/yasgui
# The source-map comment would make browser tools ask the server for a map it does not ship.
sed '/^\/\/# sourceMappingURL=/d' node_modules/@zazuko/yasgui/build/yasgui.min.js > dist/yasgui/yasgui.min.js
sed '/^\/\*# sourceMappingURL=/d' node_modules/@zazuko/yasgui/build/yasgui.min.css > dist/yasgui/yasgui.min.css
node "$here/licences.js" node_modules > dist/yasgui/LICENSES.txt
