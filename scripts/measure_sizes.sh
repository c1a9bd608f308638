#!/usr/bin/env bash
# Sizes of the web build's files, raw and gzipped (-9), as a server with compression would send them.
#   measure_sizes.sh DIST_DIR
set -euo pipefail
dir=${1:-dist}
printf '%-32s %12s %12s\n' file raw gzip
total_raw=0
total_gzip=0
for file in "$dir"/*; do
  [ -f "$file" ] || continue
  raw=$(stat -c %s "$file")
  gzipped=$(gzip -9c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gzipped))
  printf '%-32s %12d %12d\n' "$(basename "$file")" "$raw" "$gzipped"
done
printf '%-32s %12d %12d\n' total "$total_raw" "$total_gzip"

# What the hosted page (index.html) transfers: the page and every file it names (its CSS, its scripts, the
# icon), read from the page itself so that a file added to it is counted, and the module's wasm (named by
# its content hash: campaign-widget-core.<hash>.wasm).
hosted=$(gzip -9c "$dir"/index.html | wc -c)
for name in $(grep -oE '(src|href)="[^":]+"' "$dir"/index.html | sed -E 's/^(src|href)="//; s/"$//' | sort -u); do
  [ -f "$dir/$name" ] && hosted=$((hosted + $(gzip -9c "$dir/$name" | wc -c)))
done
for file in "$dir"/campaign-widget-core*.wasm; do
  [ -f "$file" ] && hosted=$((hosted + $(gzip -9c "$file" | wc -c)))
done
printf '%-32s %25d\n' "hosted page transfer, gzip" "$hosted"
