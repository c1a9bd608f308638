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

# What the hosted page (index.html) transfers: the page, its CSS and script, the module's script and wasm
# (named by its content hash: campaign-widget-core.<hash>.wasm).
hosted=0
for file in "$dir"/index.html "$dir"/widget-page.css "$dir"/widget-page.js "$dir"/favicon.svg "$dir"/campaign-widget.js \
            "$dir"/campaign-widget-core*.wasm; do
  [ -f "$file" ] && hosted=$((hosted + $(gzip -9c "$file" | wc -c)))
done
printf '%-32s %25d\n' "hosted page transfer, gzip" "$hosted"
