#!/usr/bin/env bash
# Measures a built bundle (default dist/composer): its size, the app's start-up time
# (process start to first painted window, offscreen, as the app itself reports it with
# COMPOSER_EXIT_AFTER_PAINT=1) and the wall time of `composer check` on a sample post,
# each the median of RUNS runs (default 5). With COLD=1 (root only) the page cache is
# dropped before every run, so the bundle is read from disk each time.
set -euo pipefail
BUNDLE=$(cd "${1:-$(dirname "$0")/../dist/composer}" && pwd)
RUNS=${RUNS:-5}
EXE="$BUNDLE/composer"
SAMPLE=$(ls "$BUNDLE"/_internal/resources/samples/*.post.json | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

drop_caches() {
  if [ -n "${COLD:-}" ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
}
run() {
  env -i PATH=/usr/bin:/bin HOME="$WORK" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    COMPOSER_CONFIG_DIR="$WORK" COMPOSER_DATA_DIR="$WORK" "$@"
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "bundle: $BUNDLE"
echo "size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes)," \
  "$(find "$BUNDLE" -type f | wc -l) files"

paints=() walls=() checks=()
for _ in $(seq "$RUNS"); do
  drop_caches
  start=$(date +%s.%N)
  paint=$(run COMPOSER_EXIT_AFTER_PAINT=1 "$EXE" | sed -n 's/first paint after \([0-9.]*\) s/\1/p')
  walls+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')")
  paints+=("$paint")
  drop_caches
  start=$(date +%s.%N)
  run "$EXE" check "$SAMPLE" > /dev/null
  checks+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')")
done
echo "first paint (s, median of $RUNS${COLD:+, cold cache}): $(printf '%s\n' "${paints[@]}" | median)" \
  "[${paints[*]}]"
echo "app process to exit after first paint (s): $(printf '%s\n' "${walls[@]}" | median)"
echo "composer check wall time (s): $(printf '%s\n' "${checks[@]}" | median)" \
  "[${checks[*]}]"
