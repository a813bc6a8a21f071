#!/usr/bin/env bash
# Leave-one-government-out through the whole pipeline: for each government G of the development gold, every model
# (tagger, judge, second pass, name table, boundary statistics; the shipped recipe, gold-train-more for the judge
# only since session 31) is trained without G and without the held-out
# governments, G's reports alone are ingested with those models first on the class path (resources are read from the
# first class-path entry that has them), and `eval` scores G's rows: entities, figures, type, stage, modality and the
# `reappear` pair. Beside it, the same one-government store ingested with the shipped models (in-sample).
# `train --logo` scores the judge alone on single documents; this adds what the store does after extraction (the
# cross-year pass, resolution, the named queries), so it is the leave-one-government-out figure for every column.
#
# Usage: scripts/pipeline-logo.sh [OUT_DIR] [GOVERNMENT ...]     (run from the clone; ../shared beside it)
#   OUT_DIR      work folder (default /tmp/pipeline-logo): per government its models, logs and eval TSVs
#   GOVERNMENT   dev governments to fold (default: the six of the written split)
# Environment: JAR (default target/pledgegraph.jar), JAVA_OPTS (default -Xmx3g).
# Cost: one shipped-model training per government (about 6 min on two quiet cores, with --stack FULL) and two small
# ingests; a finished government's models and scores are reused when the script is run again (delete its folder
# to redo it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="${1:-/tmp/pipeline-logo}"
shift || true
jar="${JAR:-target/pledgegraph.jar}"
java_opts="${JAVA_OPTS:--Xmx3g}"
local_dir=../shared/corpus/local
[ -f "$jar" ] || { echo "pipeline-logo: $jar is missing; run mvn -B -DskipTests package" >&2; exit 2; }
[ -d "$local_dir" ] || { echo "pipeline-logo: $local_dir is missing (../shared beside the clone)" >&2; exit 2; }
governments=("$@")
[ ${#governments[@]} -gt 0 ] || governments=(安阳市北关区 河南省 深圳市 深圳市福田区 深圳市龙岗区 贵州省)

# The reports of a government with gold: the seeds folder for the seeds' government, else the manifest's files
# whose gold is in ../shared/gold/local.
reports() {
  if [ "$1" = 安阳市北关区 ]; then echo seeds; return; fi
  awk -F'\t' -v g="$1" '/^#/ { next } !c { for (i = 1; i <= NF; i++) if ($i == "jurisdiction") c = i; next }
    $c == g { print $1 }' "$local_dir/manifest.tsv" | while read -r f; do
    stem="${f%.txt}"
    if [ -f "../shared/gold/local/$stem.tsv" ]; then echo "$local_dir/$f"; fi
  done
}

mkdir -p "$out"
for g in "${governments[@]}"; do
  files=$(reports "$g" | tr '\n' ' ')
  [ -n "$files" ] || { echo "pipeline-logo: no annotated reports of $g" >&2; exit 2; }
  models="$out/$g/org/pledgegraph/extract"
  mkdir -p "$models"
  if [ ! -f "$models/candidate-judge-stack.bin" ]; then
    echo "$(date -u +%T) $g: training without it ($files)" >&2
    # shellcheck disable=SC2086
    java $java_opts -jar "$jar" train --gold ../shared/gold/local --gold src/test/resources/gold \
      --gold src/test/resources/gold-train --judge-gold src/test/resources/gold-train-more \
      --texts "$local_dir" --texts seeds --corpus "$local_dir" \
      --boundary-corpus "$local_dir" --boundary-corpus ../shared/corpus/national \
      --boundary-exclude 四川省 --boundary-exclude 深圳市南山区 \
      --exclude-government 深圳市盐田区 --exclude-government 深圳市宝安区 --exclude-government 浙江省 \
      --exclude-government "$g" --minimum 3 --stack FULL --out "$models" > "$out/$g/train.log" 2>&1 \
      || { echo "pipeline-logo: training without $g failed; see $out/$g/train.log" >&2; exit 1; }
  fi
  for mode in logo shipped; do
    if [ -s "$out/$g/eval-$mode.tsv" ]; then continue; fi # done in an earlier run
    cp="$jar"
    [ $mode = logo ] && cp="$out/$g:$jar"
    store=$(mktemp -d "$out/store.XXXX")
    echo "$(date -u +%T) $g: ingest and eval, $mode models" >&2
    # shellcheck disable=SC2086
    java $java_opts -cp "$cp" org.pledgegraph.cli.PledgeGraph ingest --quiet --store "$store/s" $files > "$out/$g/ingest-$mode.log" 2>&1
    # shellcheck disable=SC2086
    java $java_opts -cp "$cp" org.pledgegraph.cli.PledgeGraph eval --store "$store/s" --gold src/test/resources/gold --tsv \
      > "$out/$g/eval-$mode.tsv" 2> "$out/$g/eval-$mode.err"
    rm -rf "$store"
  done
done

# One row per government and mode: its gov: row of the documents table and its pair's row of the reappear table.
printf 'government\tmodels\tentity_p\tentity_r\tentity_f1\tfigure_f1\ttype\tstage\tmodality\treappear_p\treappear_r\treappear_f1\n'
for g in "${governments[@]}"; do
  for mode in shipped logo; do
    t="$out/$g/eval-$mode.tsv"
    stems=$(reports "$g" | xargs -n1 basename | sed 's/\.txt$//' | tr '\n' ' ')
    awk -F'\t' -v g="gov:$g" -v mode="$mode" -v stems="$stems" '
      BEGIN { n = split(stems, s, " "); for (i = 1; i <= n; i++) want[s[i]] = 1 }
      /^$/ { pairs = 1; next }
      !pairs && $1 == g { row = $2 "\t" $3 "\t" $4 "\t" $10 "\t" $11 "\t" $12 "\t" $13 }
      pairs && $1 != "pair" && $1 !~ /^(set:|ALL)/ {
        # a pair "stem-YYYY" (first report, then the second year) belongs to g when its first report is one of its stems
        first = $1; sub(/-[0-9]+$/, "", first)
        if (first in want) rp = $3 "\t" $4 "\t" $5
      }
      END { if (rp == "") rp = "-\t-\t-"; print substr(g, 5) "\t" mode "\t" row "\t" rp }' "$t"
  done
done
