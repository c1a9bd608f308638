#!/usr/bin/env bash
# Sizes of the web build's files, raw and gzipped (-9), as a server with compression would send them.
#   measure_sizes.sh DIST_DIR [FONTS_DIR]
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

# The fonts travel inside the wasm module; their own gzip size tells how much of it is fonts.
fonts_dir=${2:-}
if [ -n "$fonts_dir" ] && [ -d "$fonts_dir" ]; then
  fonts_gzip=0
  for font in "$fonts_dir"/*.ttf; do
    raw=$(stat -c %s "$font")
    gzipped=$(gzip -9c "$font" | wc -c)
    fonts_gzip=$((fonts_gzip + gzipped))
    printf '%-32s %12d %12d\n' "(inside the wasm) $(basename "$font")" "$raw" "$gzipped"
  done
  code_gzip=0
  for file in "$dir"/*.wasm "$dir"/*.js; do code_gzip=$((code_gzip + $(gzip -9c "$file" | wc -c))); done
  printf '%-32s %25d\n' "wasm + js without fonts, gzip" "$((code_gzip - fonts_gzip))"
fi
