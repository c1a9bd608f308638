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
  binaryen                # wasm-opt: a second size-optimizing round over the linked wasm (cmake/web.cmake)
  node-terser             # minifies the widget's script (the module's glue and the element), a third of its gzip size
  nlohmann-json3-dev      # JSON: campaign files, saved progress (native and wasm)
  libfmt-dev              # formatting (header-only in the wasm build)
  catch2                  # unit tests
  libbenchmark-dev        # make bench
  chromium                # the browser of the end-to-end tests (never a downloaded one)
  fonts-noto-cjk          # the browser tests: Chinese, Japanese and Korean glyphs from the browser's fonts
  fonts-noto-color-emoji  # the browser tests: colour emoji
  opencc libopencc-data   # Traditional Chinese at build time: zh-Hant texts, the folding table
  ca-certificates xz-utils # fetching and unpacking the Dear ImGui source package
  # The blog engines of the embedding tests (tests/e2e/wordpress.test.mjs, hugo.test.mjs), each started by
  # its test on a loopback port and stopped after it:
  wordpress               # WordPress 6.1, which the WordPress plugin is installed into
  wordpress-theme-twentytwentythree # the theme a new WordPress site shows (the package only recommends it)
  mariadb-server          # WordPress's database, started with a data folder of the test's own
  php-cli php-mysql       # PHP's built-in web server runs WordPress; mysqli reaches MariaDB
  hugo                    # the static site generator the Hugo shortcode is built with
  gettext                 # msgfmt: the WordPress plugin's translations (.po -> .mo) at release time
)
# Services that packages of the list (or what they depend on) start when installed, which the project
# never wants running: the tests start their own servers. Setup keeps them from starting and, when it is
# the install that brought them, from coming back at boot.
services_of_packages=(apache2 mariadb)

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
  # wordpress depends on a web server (apache2) and mariadb-server starts its own: a policy-rc.d that
  # refuses every start (Debian's way, read by invoke-rc.d and deb-systemd-invoke) stands for the length
  # of the install, unless the machine has one of its own.
  services_before=()
  for service in "${services_of_packages[@]}"; do
    [ ! -e "/lib/systemd/system/$service.service" ] || services_before+=("$service")
  done
  policy=/usr/sbin/policy-rc.d
  own_policy=no
  if ! as_root test -e "$policy"; then
    printf '#!/bin/sh\n# scripts/setup.sh: no service starts while it installs packages\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    own_policy=yes
  fi
  status=0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" || status=$?
  [ "$own_policy" = no ] || as_root rm -f "$policy"
  [ "$status" -eq 0 ] || exit "$status"
  # Under systemd a service the install brought is still enabled for the next boot: not any more.
  if [ -d /run/systemd/system ]; then
    for service in "${services_of_packages[@]}"; do
      if [ -e "/lib/systemd/system/$service.service" ] && [[ " ${services_before[*]} " != *" $service "* ]]; then
        as_root systemctl disable --now "$service.service" >/dev/null 2>&1 || true
      fi
    done
  fi
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
