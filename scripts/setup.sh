#!/usr/bin/env bash
# Installs what the project needs, and only what is missing: quick and silent when all is there.
#   Debian packages   the toolchains, header-only libraries, Chromium, the tests' fonts
#   npm packages      playwright-core and axe-core, pinned in package-lock.json
#   Dear ImGui        source fetched from Debian's source package into third_party/ (fetch-imgui.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

# Each package and why the project needs it.
debian_packages=(
  make cmake g++          # the native build: core library, unit tests, CLI, benchmarks
  clang libclang-rt-14-dev # the sanitized build and the fuzz targets (ASan, UBSan and libFuzzer runtimes)
  emscripten              # C++ -> WebAssembly for the widget
  nlohmann-json3-dev      # JSON: campaign files, saved progress (native and wasm)
  libfmt-dev              # formatting (header-only in the wasm build)
  catch2                  # unit tests
  libbenchmark-dev        # make bench
  chromium                # the browser of the end-to-end tests (never a downloaded one)
  fonts-noto-cjk          # the browser tests: Chinese, Japanese and Korean glyphs from the browser's fonts
  fonts-noto-color-emoji  # the browser tests: colour emoji
  opencc libopencc-data   # Traditional Chinese at build time: zh-Hant texts, the folding table
  ca-certificates xz-utils # fetching and unpacking the Dear ImGui source package
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${debian_packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Every package the lockfile pins (playwright-core drives the browser, axe-core audits the pages) must be
# in node_modules at its pinned version; one missing or different runs npm ci, which installs them all.
# PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD keeps playwright-core from fetching a browser.
stale=$(node -e '
  const locked = require("./package-lock.json").packages;
  const stale = [];
  for (const [path, entry] of Object.entries(locked)) {
    if (!path.startsWith("node_modules/")) continue;
    let have = "none";
    try { have = require("./" + path + "/package.json").version; } catch {}
    if (have !== entry.version) stale.push(path.slice("node_modules/".length) + " " + entry.version);
  }
  console.log(stale.join(", "));
')
if [ -n "$stale" ]; then
  echo "setup: installing npm packages from package-lock.json ($stale)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

scripts/fetch-imgui.sh
